import type { ReactNode } from "react";

// The badge utilities in globals.css: a list page shows dozens of badges, and one
// short class keeps its HTML and RSC payload small.
const tones = {
  neutral: "badge badge-neutral",
  brand: "badge badge-brand",
  sample: "badge badge-sample",
  warning: "badge badge-warning",
} as const;

export function Badge({
  tone = "neutral",
  title,
  children,
}: {
  tone?: keyof typeof tones;
  title?: string;
  children: ReactNode;
}) {
  return (
    <span className={tones[tone]} title={title}>
      {children}
    </span>
  );
}

// Demo content that is not real must say so wherever it is shown.
export function SampleBadge() {
  return (
    <Badge tone="sample" title="Illustrative sample data, not a real record">
      Sample data
    </Badge>
  );
}

// Entries by members of an organisation an admin has not verified yet say so.
export function UnverifiedBadge({ status }: { status: "VERIFIED" | "UNVERIFIED" | "REJECTED" }) {
  if (status === "VERIFIED") return null;
  return (
    <Badge tone="warning" title="An admin has not yet verified the organisation behind this entry">
      {status === "REJECTED" ? "Organisation not verified" : "Organisation not yet verified"}
    </Badge>
  );
}
