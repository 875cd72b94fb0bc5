import type { ReactNode } from "react";

// Space under the heading, as the content below it needs (a list wants some, a lead line none).
const headingGaps = {
  none: "text-xl font-semibold",
  small: "mb-2 text-xl font-semibold",
  large: "mb-3 text-xl font-semibold",
};

// A titled part of a page: the <h2> names the section (by its id) for assistive technology,
// and `empty`, when given, stands in for the content that is not there.
export function Section({
  id,
  anchor,
  title,
  className = "mt-8",
  headingGap = "small",
  empty,
  children,
  footer,
}: {
  // The heading's id, which labels the section.
  id?: string;
  // The section's own id, where a link points to the whole section.
  anchor?: string;
  title: ReactNode;
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
      {empty ? <p className="text-gray-700">{empty}</p> : children}
      {footer}
    </section>
  );
}
