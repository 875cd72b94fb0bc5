"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import "tom-select/dist/css/tom-select.css";

type Option = { value: string; label: string };

function describe(input: HTMLInputElement, describedBy: string | undefined, invalid: boolean) {
  if (describedBy) input.setAttribute("aria-describedby", describedBy);
  else input.removeAttribute("aria-describedby");
  if (invalid) input.setAttribute("aria-invalid", "true");
  else input.removeAttribute("aria-invalid");
}

function noResults(text: string) {
  const message = document.createElement("div");
  message.className = "no-results";
  message.textContent = text;
  return message;
}

// A multiple select that posts as itself. With JavaScript, Tom Select (a well-kept,
// accessible combobox) draws it as chosen items and a box to type in, and keeps the
// select in step, so the form and its action see the same field either way.
export function SearchableSelect({
  id,
  name,
  size,
  defaultValues,
  options,
  invalid,
  describedBy,
  className,
}: {
  id: string;
  name: string;
  size: number;
  defaultValues: string[];
  options: Option[];
  invalid: boolean;
  describedBy?: string;
  className: string;
}) {
  const t = useTranslations("forms");
  // Read once by the widget when it starts: the page's language does not change under it.
  const texts = useRef({ placeholder: t("typeToSearch"), noResults: t("noResults"), remove: t("remove") });
  const select = useRef<HTMLSelectElement>(null);
  const input = useRef<HTMLInputElement | null>(null);
  // Once per mounted select: the field remounts (its key) when what was sent changes.
  useEffect(() => {
    let control: { destroy(): void } | undefined;
    let unmounted = false;
    const own = select.current;
    void import("tom-select").then(({ default: TomSelect }) => {
      if (unmounted || !own) return;
      const widget = new TomSelect(own, {
        plugins: { remove_button: { title: texts.current.remove } },
        maxOptions: 500,
        hidePlaceholder: true,
        placeholder: texts.current.placeholder,
        render: { no_results: () => noResults(texts.current.noResults) },
      });
      input.current = widget.control_input;
      control = widget;
      // The label now names the text box; the hidden select would be a second, nameless field.
      own.setAttribute("aria-hidden", "true");
      // As the select has them now (the effect below keeps them in step).
      describe(
        widget.control_input,
        own.getAttribute("aria-describedby") ?? undefined,
        own.hasAttribute("aria-invalid"),
      );
    });
    return () => {
      unmounted = true;
      control?.destroy();
      own?.removeAttribute("aria-hidden");
      input.current = null;
      // Tom Select points the label at its own text box; the next one looks for the select's.
      document.querySelector(`label[for="${id}-ts-control"]`)?.setAttribute("for", id);
    };
  }, [id]);
  // The widget's text box stands for the select: it carries the hint and the errors.
  useEffect(() => {
    if (input.current) describe(input.current, describedBy, invalid);
  }, [describedBy, invalid]);

  return (
    <div className="searchable-select">
      <select
        ref={select}
        id={id}
        name={name}
        multiple
        size={size}
        defaultValue={defaultValues}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        className={className}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
