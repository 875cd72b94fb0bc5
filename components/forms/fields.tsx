"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { valueOf, valuesOf, type FormState } from "@/lib/form-state";
import { ErrorSummary } from "./error-summary";
import { useFormState } from "./form-context";
import { SearchableSelect } from "./searchable-select";

// The pieces every form is built from. Each control is tied to its hint and its
// errors by aria-describedby, and marked aria-invalid while it has errors. Inside an
// ActionForm a field takes its errors and the value just sent from the form's state;
// defaultValue is then the saved value, shown until something is sent.

const controlClass =
  "w-full rounded border border-gray-400 bg-white px-2 py-1.5 aria-invalid:border-red-700 aria-invalid:ring-1 aria-invalid:ring-red-700";

type Option = { value: string; label: string };

type FieldProps = {
  name: string;
  // Needed when a page repeats a form (one per row): element ids must stay unique.
  id?: string;
  label: string;
  hint?: ReactNode;
  errors?: string[];
  required?: boolean;
  // false for a field required only in some cases (its group's hint says which):
  // the label then says neither "(optional)" nor required.
  markOptional?: boolean;
};

function describedBy(id: string, hint: unknown, errors?: string[]) {
  const ids = [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

export function ErrorList({ id, errors }: { id: string; errors?: string[] }) {
  return (
    <div id={id} aria-live="polite" className="text-sm text-red-800">
      {errors?.length ? (
        <ul>
          {errors.map((error) => (
            <li key={error}>{error}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function Label({
  id,
  label,
  required,
  markOptional = true,
}: {
  id: string;
  label: string;
  required?: boolean;
  markOptional?: boolean;
}) {
  return (
    <label htmlFor={id} className="font-medium text-gray-900">
      {label}
      {required || !markOptional ? null : <Optional />}
    </label>
  );
}

function Optional() {
  const t = useTranslations("forms");
  return <span className="font-normal text-gray-700"> {t("optional")}</span>;
}

function Hint({ id, hint }: { id: string; hint?: ReactNode }) {
  return hint ? (
    <p id={`${id}-hint`} className="text-sm text-gray-700">
      {hint}
    </p>
  ) : null;
}

// What every control needs: its id, its errors (given, or else its form's) and the ARIA tying both.
function useField({ name, id, hint, errors }: Pick<FieldProps, "name" | "id" | "hint" | "errors">) {
  const form = useFormState();
  const fieldId = id ?? name;
  const shown = errors ?? form.errors?.[name];
  const aria = {
    "aria-invalid": shown?.length ? true : undefined,
    "aria-describedby": describedBy(fieldId, hint, shown),
  };
  return { form, fieldId, errors: shown, aria };
}

function FieldFrame({
  fieldId,
  errors,
  label,
  hint,
  required,
  markOptional,
  children,
}: FieldProps & { fieldId: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-1">
      <Label id={fieldId} label={label} required={required} markOptional={markOptional} />
      <Hint id={fieldId} hint={hint} />
      {children}
      <ErrorList id={`${fieldId}-error`} errors={errors} />
    </div>
  );
}

export function TextField({
  defaultValue,
  type = "text",
  autoComplete,
  maxLength,
  rows,
  ...field
}: FieldProps & {
  defaultValue?: string;
  type?: "text" | "email" | "password" | "url" | "date";
  autoComplete?: string;
  maxLength?: number;
  // A multi-line text area of this many rows.
  rows?: number;
}) {
  const { form, fieldId, errors, aria } = useField(field);
  const shared = {
    id: fieldId,
    name: field.name,
    defaultValue: valueOf(form, field.name, defaultValue),
    required: field.required,
    maxLength,
    ...aria,
    className: controlClass,
  };
  return (
    <FieldFrame {...field} fieldId={fieldId} errors={errors}>
      {rows ? (
        <textarea rows={rows} {...shared} />
      ) : (
        <input type={type} autoComplete={autoComplete} {...shared} />
      )}
    </FieldFrame>
  );
}

export function SelectField({
  options,
  defaultValue: saved,
  emptyLabel,
  ...field
}: FieldProps & { options: Option[]; defaultValue?: string; emptyLabel?: string }) {
  const t = useTranslations("forms");
  const { form, fieldId, errors, aria } = useField(field);
  const defaultValue = valueOf(form, field.name, saved);
  return (
    <FieldFrame {...field} fieldId={fieldId} errors={errors}>
      <select
        // React applies a select's defaultValue only on mount, and React 19 resets a
        // form after its action: remounting on a new default keeps what was sent.
        key={defaultValue}
        id={fieldId}
        name={field.name}
        defaultValue={defaultValue}
        required={field.required}
        {...aria}
        className={controlClass}
      >
        <option value="">{emptyLabel ?? t("none")}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

// A list to pick several from: a plain multiple select, which JavaScript turns into a
// searchable one (searchable-select.tsx).
export function MultiSelectField({
  options,
  defaultValues: saved,
  size = 8,
  ...field
}: Omit<FieldProps, "markOptional"> & { options: Option[]; defaultValues?: string[]; size?: number }) {
  const { form, fieldId, errors, aria } = useField(field);
  const defaultValues = valuesOf(form, field.name, saved);
  return (
    <FieldFrame {...field} fieldId={fieldId} errors={errors}>
      <SearchableSelect
        key={defaultValues.join(" ")}
        id={fieldId}
        name={field.name}
        size={size}
        defaultValues={defaultValues}
        options={options}
        invalid={Boolean(aria["aria-invalid"])}
        describedBy={aria["aria-describedby"]}
        className={controlClass}
      />
    </FieldFrame>
  );
}

type ChoiceProps = Omit<FieldProps, "markOptional"> & {
  options: { value: string; label: ReactNode }[];
  defaultValues?: string[];
};

// Checkboxes or radio buttons under one legend; the fieldset carries the id the error summary links to.
function ChoiceGroup({
  type,
  options,
  defaultValues: saved,
  ...field
}: ChoiceProps & { type: "checkbox" | "radio" }) {
  const { form, fieldId, errors, aria } = useField(field);
  const defaultValues = valuesOf(form, field.name, saved);
  return (
    <fieldset id={fieldId} {...aria} className="flex flex-col gap-1">
      <legend className="font-medium text-gray-900">
        {field.label}
        {field.required ? null : <Optional />}
      </legend>
      <Hint id={fieldId} hint={field.hint} />
      <div className="grid gap-x-4 gap-y-1 sm:grid-cols-2">
        {options.map((option) => (
          <label key={option.value} className="flex items-start gap-2">
            <input
              type={type}
              name={field.name}
              value={option.value}
              defaultChecked={defaultValues.includes(option.value)}
              className="mt-1.5"
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      <ErrorList id={`${fieldId}-error`} errors={errors} />
    </fieldset>
  );
}

export function CheckboxGroup(props: ChoiceProps) {
  return <ChoiceGroup type="checkbox" {...props} />;
}

export function RadioGroup({
  defaultValue,
  ...props
}: Omit<ChoiceProps, "defaultValues"> & { defaultValue?: string }) {
  return <ChoiceGroup type="radio" defaultValues={defaultValue ? [defaultValue] : []} {...props} />;
}

// One box to tick to confirm what cannot be undone (a merge); it sends "yes".
export function ConfirmField({ name, label }: { name: string; label: ReactNode }) {
  const { form, fieldId, errors, aria } = useField({ name });
  return (
    <div className="flex flex-col gap-1">
      <label className="flex items-start gap-2">
        <input
          id={fieldId}
          type="checkbox"
          name={name}
          value="yes"
          defaultChecked={valueOf(form, name) === "yes"}
          {...aria}
          className="mt-1.5"
        />
        <span>{label}</span>
      </label>
      <ErrorList id={`${fieldId}-error`} errors={errors} />
    </div>
  );
}

// Shown inside an ActionForm only while the named field has errors: a way out of what the
// form itself cannot fix (a new link for an expired one).
export function WhenFieldHasErrors({ name, children }: { name: string; children: ReactNode }) {
  return useFormState().errors?.[name]?.length ? children : null;
}

// The form's own message: a success announced politely, or after a failed submit the
// summary of what went wrong, which takes the focus.
export function FormMessage({ state }: { state: FormState }) {
  if (state.ok === false && state.message) return <ErrorSummary state={state} />;
  return (
    <div aria-live="polite" role="status">
      {state.message ? (
        <p
          className={`rounded border p-3 ${state.ok ? "border-green-300 bg-green-50 text-green-900" : "border-red-300 bg-red-50 text-red-900"}`}
        >
          {state.message}
        </p>
      ) : null}
    </div>
  );
}
