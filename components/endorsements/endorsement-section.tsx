import Link from "next/link";
import { Badge, SampleBadge } from "@/components/ui/badge";
import { getCurrentUser, organisationProblem, type CurrentUser } from "@/lib/dal";
import { formatDate, formatNumber, plural } from "@/lib/format";
import { organisationKindLabels } from "@/lib/labels";
import { getEndorsableEntry, listEndorsements, type EndorsementSummary } from "@/lib/queries/endorsements";
import type { EntryTarget } from "@/lib/validations/entry-target";
import { EndorseForm, WithdrawForm } from "./endorsement-forms";

type Props = {
  target: EntryTarget;
  // The entry's page, to come back to after signing in.
  path: string;
};

// An entry's newest endorsers with their Asia/Europe balance, and what the viewer may do about it.
export async function EndorsementSection({ target, path }: Props) {
  const [viewer, endorsements] = await Promise.all([getCurrentUser(), listEndorsements(target)]);
  return (
    <section aria-labelledby="endorsements-heading" className="mt-8">
      <h2 id="endorsements-heading" className="text-xl font-semibold">
        Endorsements
      </h2>
      <p className="mt-1 text-gray-800">
        <EndorsementBalance endorsements={endorsements} />
      </p>
      <ViewerAction viewer={viewer} target={target} path={path} />
      <EndorsementList items={endorsements.items} />
      {endorsements.total > endorsements.items.length ? (
        <p className="mt-3">
          <Link href={`${path}/endorsements`}>All {formatNumber(endorsements.total)} endorsements</Link>
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
              {organisationKindLabels[endorsement.organisation.kind]}
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

async function ViewerAction({
  viewer,
  target,
  path,
}: {
  viewer: CurrentUser | null;
  target: EntryTarget;
  path: string;
}) {
  if (!viewer) {
    return (
      <p className="mt-3">
        <Link href={`/login?callbackUrl=${encodeURIComponent(path)}`}>Sign in to endorse</Link> this entry on
        behalf of your organisation.
      </p>
    );
  }
  const problem = organisationProblem(viewer);
  if (problem || !viewer.organisation) return <p className="mt-3 text-gray-800">{problem}</p>;
  const organisation = viewer.organisation;
  const entry = await getEndorsableEntry(target, organisation.id);
  if (!entry) return null;
  if (entry.own) {
    const relation =
      "projectId" in target ? "leads or is a partner of this project" : "submitted this recommendation";
    return (
      <p className="mt-3 text-gray-800">
        {organisation.name} {relation}, so it cannot endorse it: endorsements come from other organisations.
      </p>
    );
  }
  const Form = entry.endorsed ? WithdrawForm : EndorseForm;
  return <Form target={target} organisationName={organisation.name} />;
}
