"use client";

import { useEffect, useRef } from "react";
import "tom-select/dist/css/tom-select.css";

type Option = { value: string; label: string };

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
  const select = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    let control: { destroy(): void } | undefined;
    let unmounted = false;
    void import("tom-select").then(({ default: TomSelect }) => {
      if (unmounted || !select.current) return;
      const widget = new TomSelect(select.current, {
        plugins: ["remove_button"],
        maxOptions: 500,
        hidePlaceholder: true,
        placeholder: "Type to search",
      });
      // The widget's text box stands for the select: it carries the hint and the errors.
      if (describedBy) widget.control_input.setAttribute("aria-describedby", describedBy);
      if (invalid) widget.control_input.setAttribute("aria-invalid", "true");
      control = widget;
    });
    return () => {
      unmounted = true;
      control?.destroy();
    };
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
