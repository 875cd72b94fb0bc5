import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { useFormat } from "@/lib/format";
import type { OrganisationPeople, OrganisationPerson } from "@/lib/queries/memberships";
import { MemberForms, RequestForms } from "./membership-forms";

// An organisation's requests and members with the forms to manage them: on a
// manager's account page and on the organisation's admin page alike.
export function OrganisationPeopleSection({
  people,
  returnTo,
  currentUserId,
}: {
  people: OrganisationPeople;
  returnTo: string;
  currentUserId?: string;
}) {
  const t = useTranslations("memberships.people");
  const format = useFormat();
  return (
    <>
      <section id="membership-requests" aria-labelledby="requests-heading" className="mb-8">
        <h2 id="requests-heading" className="mb-3 text-xl font-semibold">
          {t("requestsHeading")}
        </h2>
        {people.requests.length ? (
          <ul className="space-y-3">
            {people.requests.map((person) => (
              <li key={person.id} className="rounded border border-gray-200 p-3">
                <PersonLine person={person} />
                <p className="mb-2 text-sm text-gray-700">
                  {t("askedOn", { date: format.date(person.createdAt) })}
                </p>
                <RequestForms userId={person.id} personName={nameOf(person)} returnTo={returnTo} />
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("noRequest")}</p>
        )}
        {people.unconfirmed ? (
          <p className="mt-2 text-sm text-gray-700">{t("unconfirmed", { count: people.unconfirmed })}</p>
        ) : null}
      </section>
      <section id="members" aria-labelledby="members-heading" className="mb-8">
        <h2 id="members-heading" className="mb-3 text-xl font-semibold">
          {t("membersHeading")}
        </h2>
        <p className="mb-3 text-sm text-gray-700">{t("membersExplanation")}</p>
        <ul className="space-y-3">
          {people.members.map((person) => (
            <li key={person.id} className="rounded border border-gray-200 p-3">
              <PersonLine person={person} you={person.id === currentUserId} />
              <MemberForms
                userId={person.id}
                personName={nameOf(person)}
                returnTo={returnTo}
                manager={person.membershipRole === "MANAGER"}
              />
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

const nameOf = (person: OrganisationPerson) => person.name ?? person.email;

function PersonLine({ person, you }: { person: OrganisationPerson; you?: boolean }) {
  const t = useTranslations("memberships.people");
  return (
    <p className="mb-2 flex flex-wrap items-center gap-2">
      <span className="font-medium">{nameOf(person)}</span>
      <span className="text-gray-700">{person.email}</span>
      {person.membershipRole === "MANAGER" ? <Badge tone="brand">{t("manager")}</Badge> : null}
      {you ? <Badge tone="neutral">{t("you")}</Badge> : null}
    </p>
  );
}
