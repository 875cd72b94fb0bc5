import type { ReactNode } from "react";
import { Link } from "@/i18n/navigation";

export type HeadingLevel = 2 | 3;

// Entries as every list shows them: one under another, each opened by its linked title.
export function EntryList<Item extends { id: string }>({
  items,
  spacing = "py-4",
  children,
}: {
  items: Item[];
  spacing?: "py-3" | "py-4";
  children: (item: Item) => ReactNode;
}) {
  return (
    <ul className="divide-y divide-gray-200">
      {items.map((item) => (
        <li key={item.id} className={spacing}>
          {children(item)}
        </li>
      ))}
    </ul>
  );
}

// An entry's linked title, in the language it is written in, and the badges beside it.
export function EntryHead({
  href,
  title,
  lang,
  level = 2,
  className = "entry-title",
  children,
}: {
  href: string;
  title: string;
  lang?: string;
  level?: HeadingLevel;
  className?: string;
  children?: ReactNode;
}) {
  const Heading = `h${level}` as const;
  return (
    <div className="entry-head">
      <Heading className={className}>
        <Link href={href} lang={lang}>
          {title}
        </Link>
      </Heading>
      {children}
    </div>
  );
}
