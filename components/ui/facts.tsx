import type { ReactNode } from "react";

// A definition list of label/value facts, for detail pages.
export function Facts({ items }: { items: [string, ReactNode][] }) {
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-2 break-words sm:grid-cols-[max-content_1fr]">
      {items
        .filter(([, value]) => value !== null && value !== undefined && value !== "")
        .map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-medium text-gray-900">{label}</dt>
            <dd className="text-gray-800">{value}</dd>
          </div>
        ))}
    </dl>
  );
}
