import type { ReactNode } from "react";

const tones = {
  neutral: "bg-gray-100 text-gray-800 ring-gray-300",
  brand: "bg-brand-50 text-brand-800 ring-brand-100",
  sample: "bg-amber-50 text-amber-900 ring-amber-300",
  warning: "bg-red-50 text-red-800 ring-red-200",
} as const;

export function Badge({ tone = "neutral", children }: { tone?: keyof typeof tones; children: ReactNode }) {
  return (
    <span
      className={`inline-flex items-center rounded px-1.5 py-0.5 text-xs font-medium ring-1 ring-inset ${tones[tone]}`}
    >
      {children}
    </span>
  );
}

// Demo content that is not real must say so wherever it is shown.
export function SampleBadge() {
  return (
    <span title="Illustrative sample data, not a real record">
      <Badge tone="sample">Sample data</Badge>
    </span>
  );
}

// Entries by members of an organisation an admin has not verified yet say so.
export function UnverifiedBadge({ status }: { status: "VERIFIED" | "UNVERIFIED" | "REJECTED" }) {
  if (status === "VERIFIED") return null;
  return (
    <span title="An admin has not yet verified the organisation behind this entry">
      <Badge tone="warning">
        {status === "REJECTED" ? "Organisation not verified" : "Organisation not yet verified"}
      </Badge>
    </span>
  );
}
