import type { ReactNode } from "react";
import { Link } from "@/i18n/navigation";

export type HeadingLevel = 2 | 3;

// What every list of entries takes: the entries, and the level of their titles where the
// list sits under a heading of its own (the home page, a workshop's page).
export type ListProps<Item> = { items: Item[]; headingLevel?: HeadingLevel };

type Head = { href: string; title: string; lang?: string; className?: string; badges?: ReactNode };

// Entries as every list shows them: one under another, each opened by its linked title
// (`head`, unless the item draws its own) and followed by what the list says of it.
export function EntryList<Item extends { id: string }>({
  items,
  headingLevel = 2,
  spacing = "py-4",
  head,
  children,
}: ListProps<Item> & {
  spacing?: "py-3" | "py-4";
  head?: (item: Item) => Head;
  children: (item: Item) => ReactNode;
}) {
  return (
    <ul className="divide-y divide-gray-200">
      {items.map((item) => (
        <li key={item.id} className={spacing}>
          {head ? <EntryHead {...head(item)} level={headingLevel} /> : null}
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
  badges,
}: Head & { level?: HeadingLevel }) {
  const Heading = `h${level}` as const;
  return (
    <div className="entry-head">
      <Heading className={className}>
        <Link href={href} lang={lang}>
          {title}
        </Link>
      </Heading>
      {badges}
    </div>
  );
}
