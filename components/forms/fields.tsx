import type { ReactNode } from "react";
import type { FormState } from "@/lib/form-state";

// The pieces every form is built from. Each control is tied to its hint and its
// errors by aria-describedby, and marked aria-invalid while it has errors.

const controlClass =
  "w-full rounded border border-gray-400 bg-white px-2 py-1.5 aria-invalid:border-red-700 aria-invalid:ring-1 aria-invalid:ring-red-700";

type Option = { value: string; label: string };

type FieldProps = {
  name: string;
  label: string;
  hint?: ReactNode;
  errors?: string[];
  required?: boolean;
};

function describedBy(name: string, hint: unknown, errors?: string[]) {
  const ids = [hint ? `${name}-hint` : null, errors?.length ? `${name}-error` : null].filter(Boolean);
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

function Label({ name, label, required }: Pick<FieldProps, "name" | "label" | "required">) {
  return (
    <label htmlFor={name} className="font-medium text-gray-900">
      {label}
      {required ? null : <span className="font-normal text-gray-700"> (optional)</span>}
    </label>
  );
}

function Hint({ name, hint }: { name: string; hint?: ReactNode }) {
  return hint ? (
    <p id={`${name}-hint`} className="text-sm text-gray-700">
      {hint}
    </p>
  ) : null;
}

export function TextField({
  name,
  label,
  hint,
  errors,
  required,
  defaultValue,
  type = "text",
  autoComplete,
  maxLength,
  rows,
}: FieldProps & {
  defaultValue?: string;
  type?: "text" | "email" | "password" | "url" | "date";
  autoComplete?: string;
  maxLength?: number;
  // A multi-line text area of this many rows.
  rows?: number;
}) {
  const shared = {
    id: name,
    name,
    defaultValue,
    required,
    maxLength,
    "aria-invalid": errors?.length ? true : undefined,
    "aria-describedby": describedBy(name, hint, errors),
    className: controlClass,
  };
  return (
    <div className="flex flex-col gap-1">
      <Label name={name} label={label} required={required} />
      <Hint name={name} hint={hint} />
      {rows ? (
        <textarea rows={rows} {...shared} />
      ) : (
        <input type={type} autoComplete={autoComplete} {...shared} />
      )}
      <ErrorList id={`${name}-error`} errors={errors} />
    </div>
  );
}

export function SelectField({
  name,
  label,
  hint,
  errors,
  required,
  options,
  defaultValue,
  emptyLabel = "None",
}: FieldProps & { options: Option[]; defaultValue?: string; emptyLabel?: string }) {
  return (
    <div className="flex flex-col gap-1">
      <Label name={name} label={label} required={required} />
      <Hint name={name} hint={hint} />
      <select
        // React applies a select's defaultValue only on mount, and React 19 resets a
        // form after its action: remounting on a new default keeps what was sent.
        key={defaultValue ?? ""}
        id={name}
        name={name}
        defaultValue={defaultValue ?? ""}
        required={required}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(name, hint, errors)}
        className={controlClass}
      >
        <option value="">{emptyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <ErrorList id={`${name}-error`} errors={errors} />
    </div>
  );
}

// A list to pick several from: a multiple select, usable by keyboard and screen readers.
export function MultiSelectField({
  name,
  label,
  hint,
  errors,
  required,
  options,
  defaultValues,
  size = 8,
}: FieldProps & { options: Option[]; defaultValues: string[]; size?: number }) {
  return (
    <div className="flex flex-col gap-1">
      <Label name={name} label={label} required={required} />
      <Hint name={name} hint={hint} />
      <select
        key={defaultValues.join(" ")}
        id={name}
        name={name}
        multiple
        size={size}
        defaultValue={defaultValues}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(name, hint, errors)}
        className={controlClass}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <ErrorList id={`${name}-error`} errors={errors} />
    </div>
  );
}

export function CheckboxGroup({
  name,
  label,
  hint,
  errors,
  required,
  options,
  defaultValues,
}: FieldProps & { options: Option[]; defaultValues: string[] }) {
  return (
    <fieldset
      aria-invalid={errors?.length ? true : undefined}
      aria-describedby={describedBy(name, hint, errors)}
      className="flex flex-col gap-1"
    >
      <legend className="font-medium text-gray-900">
        {label}
        {required ? null : <span className="font-normal text-gray-700"> (optional)</span>}
      </legend>
      <Hint name={name} hint={hint} />
      <div className="grid gap-x-4 gap-y-1 sm:grid-cols-2">
        {options.map((option) => (
          <label key={option.value} className="flex items-center gap-2">
            <input
              type="checkbox"
              name={name}
              value={option.value}
              defaultChecked={defaultValues.includes(option.value)}
            />
            {option.label}
          </label>
        ))}
      </div>
      <ErrorList id={`${name}-error`} errors={errors} />
    </fieldset>
  );
}

// The form's own message (success or what went wrong), announced when it changes.
export function FormMessage({ state }: { state: FormState }) {
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
