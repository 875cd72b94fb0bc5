import { Link } from "@/i18n/navigation";
import { SampleBadge } from "./badge";

type Item = { key: string; href: string; label: string; sample?: boolean };

// A titled section listing links, with a message when there is nothing to list.
export function LinkList({
  title,
  items,
  empty,
  more,
}: {
  title: string;
  items: Item[];
  empty: string;
  more?: { href: string; label: string };
}) {
  return (
    <section className="mt-8">
      <h2 className="mb-2 text-xl font-semibold">{title}</h2>
      {items.length ? (
        <ul className="list-disc space-y-1 pl-5">
          {items.map((item) => (
            <li key={item.key}>
              <Link href={item.href}>{item.label}</Link> {item.sample ? <SampleBadge /> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-gray-700">{empty}</p>
      )}
      {more ? (
        <p className="mt-2">
          <Link href={more.href}>{more.label}</Link>
        </p>
      ) : null}
    </section>
  );
}
