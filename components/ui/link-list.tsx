import type { ReactNode } from "react";
import { Link } from "@/i18n/navigation";
import { SampleBadge } from "./badge";
import { Section } from "./section";

type Item = { key: string; href: string; label: string; sample?: boolean; detail?: ReactNode };

// A titled section listing links (each maybe followed by a detail), with a message when there is nothing to list.
export function LinkList({
  id,
  title,
  items,
  empty,
  more,
}: {
  id?: string;
  title: string;
  items: Item[];
  empty: string;
  more?: { href: string; label: string };
}) {
  return (
    <Section
      id={id}
      title={title}
      empty={items.length ? null : empty}
      footer={
        more ? (
          <p className="mt-2">
            <Link href={more.href}>{more.label}</Link>
          </p>
        ) : null
      }
      headingGap="small"
    >
      <ul className="list-disc space-y-1 pl-5">
        {items.map((item) => (
          <li key={item.key}>
            <Link href={item.href}>{item.label}</Link>
            {item.detail ? <>, {item.detail}</> : null} {item.sample ? <SampleBadge /> : null}
          </li>
        ))}
      </ul>
    </Section>
  );
}
