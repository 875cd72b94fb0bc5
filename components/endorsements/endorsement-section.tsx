import { useTranslations } from "next-intl";
import Link from "next/link";
import type { ReactNode } from "react";
import { Badge, SampleBadge } from "@/components/ui/badge";
import { allOf, formatDate, plural } from "@/lib/format";
import { label } from "@/lib/labels";
import { listEndorsements, type EndorsementSummary } from "@/lib/queries/endorsements";
import type { EntryTarget } from "@/lib/validations/entry-target";

type Props = {
  target: EntryTarget;
  // The entry's page, whose list of all endorsers is below it.
  path: string;
  // What the viewer may do about it (components/entries/entry-viewer-panel.tsx).
  viewerPanel: ReactNode;
  // false: the balance and the link to all endorsers, without the newest of them.
  newest?: boolean;
};

// An entry's newest endorsers with their Asia/Europe balance, and what the viewer may do about it.
export async function EndorsementSection({ target, path, viewerPanel, newest = true }: Props) {
  const endorsements = await listEndorsements(target);
  const shown = newest ? endorsements.items : [];
  return (
    <section aria-labelledby="endorsements-heading" className="mt-8">
      <h2 id="endorsements-heading" className="text-xl font-semibold">
        Endorsements
      </h2>
      <p className="mt-1 text-gray-800">
        <EndorsementBalance endorsements={endorsements} />
      </p>
      {viewerPanel}
      <EndorsementList items={shown} />
      {endorsements.total > shown.length ? (
        <p className="mt-3">
          <Link href={`${path}/endorsements`}>{allOf(endorsements.total, "endorsement")}</Link>
        </p>
      ) : null}
    </section>
  );
}

export function EndorsementBalance({
  endorsements: { total, balance },
}: {
  endorsements: Pick<EndorsementSummary, "total" | "balance">;
}) {
  return total === 0
    ? "No organisation has endorsed this entry yet."
    : `${plural(total, "organisation")} endorsed this entry: ${balance.asia} from Asia, ${balance.europe} from Europe.`;
}

export function EndorsementList({ items }: { items: EndorsementSummary["items"] }) {
  const tLabels = useTranslations("labels");
  if (items.length === 0) return null;
  return (
    <ul className="mt-3 space-y-3">
      {items.map((endorsement) => (
        <li key={endorsement.id} className="rounded border border-gray-200 p-3">
          <p className="entry-head">
            <Link href={`/organizations/${endorsement.organisation.slug}`}>
              {endorsement.organisation.name}
            </Link>
            <span className="text-sm text-gray-700">
              {label(tLabels, "organisationKind", endorsement.organisation.kind)}
              {endorsement.organisation.country ? `, ${endorsement.organisation.country.name}` : ""} ·{" "}
              {formatDate(endorsement.createdAt)}
            </span>
            {endorsement.isSample ? <SampleBadge /> : null}
            {endorsement.earlierVersion ? <Badge>Endorsed an earlier version of this entry</Badge> : null}
          </p>
          {endorsement.statement ? (
            <blockquote className="entry-text">“{endorsement.statement}”</blockquote>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
