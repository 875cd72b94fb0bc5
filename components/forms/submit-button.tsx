"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";

// Disabled while its form is being sent, so a double click sends it once.
export function SubmitButton({
  children,
  pendingLabel,
  tone = "primary",
}: {
  children: ReactNode;
  pendingLabel?: string;
  tone?: "primary" | "secondary" | "danger";
}) {
  const { pending } = useFormStatus();
  const tones = {
    primary: "bg-brand-700 hover:bg-brand-800 text-white",
    secondary: "border border-gray-400 bg-white text-gray-900 hover:bg-gray-50",
    danger: "bg-red-700 hover:bg-red-800 text-white",
  };
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className={`rounded px-4 py-2 font-medium disabled:opacity-70 ${tones[tone]}`}
    >
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}
