import type { ReactNode } from "react";

// Space under the heading, as what follows needs (a list a little, a lead line none).
const headingGaps = {
  none: "text-xl font-semibold",
  small: "mb-2 text-xl font-semibold",
  large: "mb-3 text-xl font-semibold",
};

// A titled part of a page, named by its heading for screen readers (aria-labelledby);
// `empty`, when given, stands in for the content that is not there.
export function Section({
  id,
  anchor,
  title,
  lead,
  className,
  headingGap = "large",
  empty,
  children,
  footer,
}: {
  // The heading's id: pages and tests link to it (#join-heading).
  id?: string;
  // The section's own id, where a link points to the whole section (/about#datasets).
  anchor?: string;
  title: ReactNode;
  lead?: ReactNode;
  className?: string;
  headingGap?: keyof typeof headingGaps;
  empty?: string | null;
  children?: ReactNode;
  // What follows the content, there or not (a link to more, a way to add one).
  footer?: ReactNode;
}) {
  return (
    <section id={anchor} aria-labelledby={id} className={className}>
      <h2 id={id} className={headingGaps[headingGap]}>
        {title}
      </h2>
      {lead ? <p className="mb-3 text-gray-800">{lead}</p> : null}
      {empty ? <p className="text-gray-700">{empty}</p> : children}
      {footer}
    </section>
  );
}
