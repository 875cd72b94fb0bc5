import { useLocale, useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Badge, SampleBadge } from "@/components/ui/badge";
import { Link } from "@/i18n/navigation";
import { useFormat } from "@/lib/format";
import { label } from "@/lib/labels";
import { countryName } from "@/lib/places";
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
  const [endorsements, t] = await Promise.all([listEndorsements(target), getTranslations("endorsements")]);
  const shown = newest ? endorsements.items : [];
  return (
    <section aria-labelledby="endorsements-heading" className="mt-8">
      <h2 id="endorsements-heading" className="text-xl font-semibold">
        {t("heading")}
      </h2>
      <p className="mt-1 text-gray-800">
        <EndorsementBalance endorsements={endorsements} />
      </p>
      {viewerPanel}
      <EndorsementList items={shown} />
      {endorsements.total > shown.length ? (
        <p className="mt-3">
          <Link href={`${path}/endorsements`}>{t("all", { count: endorsements.total })}</Link>
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
  const t = useTranslations("endorsements");
  return total === 0 ? t("none") : t("balance", { total, asia: balance.asia, europe: balance.europe });
}

export function EndorsementList({ items }: { items: EndorsementSummary["items"] }) {
  const tLabels = useTranslations("labels");
  const t = useTranslations("endorsements");
  const format = useFormat();
  const locale = useLocale();
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
              {endorsement.organisation.country
                ? `, ${countryName(endorsement.organisation.country, locale)}`
                : ""}{" "}
              · {format.date(endorsement.createdAt)}
            </span>
            {endorsement.isSample ? <SampleBadge /> : null}
            {endorsement.earlierVersion ? <Badge>{t("earlierVersion")}</Badge> : null}
          </p>
          {endorsement.statement ? (
            <blockquote className="entry-text">“{endorsement.statement}”</blockquote>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
