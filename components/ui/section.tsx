import type { ReactNode } from "react";

// A titled part of a page, named by its heading for screen readers (aria-labelledby).
export function Section({
  id,
  title,
  lead,
  className,
  children,
}: {
  // The heading's id: pages and tests link to it (#join-heading).
  id: string;
  title: ReactNode;
  lead?: ReactNode;
  className?: string;
  children?: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className="mb-3 text-xl font-semibold">
        {title}
      </h2>
      {lead ? <p className="mb-3 text-gray-800">{lead}</p> : null}
      {children}
    </section>
  );
}
