"use client";

import { useEffect, useRef, type MouseEvent } from "react";
import type { FormState } from "@/lib/form-state";

type Focusable = HTMLElement & { tomselect?: { focus(): void } };

// A field's control: a searchable select (searchable-select.tsx) is focused through its widget.
function focusField(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const field = document.getElementById(id) as Focusable | null;
  if (!field) return;
  event.preventDefault();
  field.closest("div, fieldset")?.scrollIntoView({ block: "center" });
  if (field.tomselect) field.tomselect.focus();
  else if (field instanceof HTMLFieldSetElement) field.querySelector<HTMLElement>("input")?.focus();
  else field.focus();
}

// After a failed submit: the form's message and each field's first error, each a link to
// its field. It takes the focus, so a screen reader reads it and the keyboard starts there;
// without JavaScript it is the first thing of the form the page shows again.
export function ErrorSummary({ state }: { state: FormState }) {
  const summary = useRef<HTMLDivElement>(null);
  const errors = Object.entries(state.errors ?? {}).filter(([, messages]) => messages?.length);
  useEffect(() => {
    if (state.ok === false) summary.current?.focus();
  }, [state]);
  return (
    <div
      ref={summary}
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-title"
      className="rounded border border-red-300 bg-red-50 p-3 text-red-900 focus:ring-2 focus:ring-red-700 focus:outline-none"
    >
      <p id="error-summary-title" className="font-medium">
        {state.message}
      </p>
      {errors.length ? (
        <ul className="mt-2 list-disc pl-5">
          {errors.map(([field, messages]) => (
            <li key={field}>
              <a href={`#${field}`} onClick={(event) => focusField(event, field)} className="text-red-900">
                {messages![0]}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
