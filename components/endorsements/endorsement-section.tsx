import Link from "next/link";
import { SampleBadge } from "@/components/ui/badge";
import { formatDate, plural } from "@/lib/format";
import { organisationKindLabels } from "@/lib/labels";
import type { EndorsementSummary } from "@/lib/queries/endorsements";

export function EndorsementSection({
  count,
  endorsements,
}: {
  count: number;
  endorsements: EndorsementSummary;
}) {
  const { asia, europe } = endorsements.balance;
  return (
    <section aria-labelledby="endorsements-heading" className="mt-8">
      <h2 id="endorsements-heading" className="text-xl font-semibold">
        Endorsements
      </h2>
      <p className="mt-1 text-gray-800">
        {count === 0
          ? "No organisation has endorsed this entry yet."
          : `${plural(count, "organisation")} endorsed this entry: ${asia} from Asia, ${europe} from Europe.`}
      </p>
      {endorsements.items.length > 0 ? (
        <ul className="mt-3 space-y-3">
          {endorsements.items.map((endorsement) => (
            <li key={endorsement.id} className="rounded border border-gray-200 p-3">
              <p className="flex flex-wrap items-center gap-2">
                <Link href={`/organizations/${endorsement.organisation.slug}`}>
                  {endorsement.organisation.name}
                </Link>
                <span className="text-sm text-gray-700">
                  {organisationKindLabels[endorsement.organisation.kind]}
                  {endorsement.organisation.country
                    ? `, ${endorsement.organisation.country.name}`
                    : ""} · {formatDate(endorsement.createdAt)}
                </span>
                {endorsement.isSample ? <SampleBadge /> : null}
              </p>
              {endorsement.statement ? (
                <blockquote className="mt-1 text-gray-800">“{endorsement.statement}”</blockquote>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
