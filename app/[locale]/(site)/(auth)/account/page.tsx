import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/admin/notice";
import { ActionForm } from "@/components/forms/action-form";
import { membershipNotices } from "@/components/memberships/notices";
import { OrganisationChoiceFields } from "@/components/memberships/organisation-choice-fields";
import { OrganisationPeopleSection } from "@/components/memberships/organisation-people";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { Link } from "@/i18n/navigation";
import { joinOrganisation } from "@/lib/actions/memberships";
import { resendConfirmation } from "@/lib/actions/registration";
import { requireUser } from "@/lib/dal";
import { can } from "@/lib/permissions";
import { getFormat } from "@/lib/format";
import { label } from "@/lib/labels";
import { listOrganisationRecommendations } from "@/lib/queries/admin/recommendations";
import { listOrganisationOptions, listStateOptions } from "@/lib/queries/form-options";
import { findJoinableOrganisationId, getOrganisationPeople } from "@/lib/queries/memberships";
import { single, type SearchParams } from "@/lib/search-params";
import { AccountSettings } from "./_components/account-settings";
import { OrganisationSection } from "./_components/organisation-section";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("accounts.account");
  return { title: t("title") };
}

async function joinFormOptions(organisationSlug: string | undefined) {
  const [organisations, countries, chosenOrganisationId] = await Promise.all([
    listOrganisationOptions(),
    listStateOptions(),
    findJoinableOrganisationId(organisationSlug),
  ]);
  return { organisations, countries, chosenOrganisationId };
}

export default async function AccountPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const tLabels = await getTranslations("labels");
  const user = await requireUser("/account");
  const query = await searchParams;
  const confirmed = single(query.confirmed) === "1";
  const organisation = user.organisation;
  const [t, tResend, format, notices, recommendations, people, joinOptions] = await Promise.all([
    getTranslations("accounts.account"),
    getTranslations("accounts.resend"),
    getFormat(),
    membershipNotices(),
    organisation ? listOrganisationRecommendations(organisation.id) : [],
    organisation && can(user, "manageMembers", { organisationId: organisation.id }).allowed
      ? getOrganisationPeople(organisation.id)
      : null,
    organisation || user.role === "ADMIN" ? null : joinFormOptions(single(query.organisation)),
  ]);

  return (
    <div className="max-w-3xl">
      <PageHeader title={t("title")} lead={user.email} />
      {confirmed ? (
        <p role="status" className="mb-6 rounded border border-green-300 bg-green-50 p-3 text-green-900">
          {t("confirmed")}{" "}
          {user.membershipRole === "PENDING" && organisation
            ? t("requestSent", { organisation: organisation.name })
            : null}
        </p>
      ) : null}
      <Notice params={query} messages={{ ...notices, passwordReset: t("passwordReset") }} />
      {user.emailConfirmed ? null : (
        <section
          aria-labelledby="confirm-heading"
          className="mb-8 rounded border border-amber-300 bg-amber-50 p-4 text-amber-950"
        >
          <h2 id="confirm-heading" className="mb-2 text-lg font-semibold">
            {t("confirmHeading")}
          </h2>
          <p>{t("confirmExplanation", { email: user.email })}</p>
          <ActionForm
            action={resendConfirmation}
            submit={{ label: tResend("submit"), pendingLabel: tResend("pending"), tone: "secondary" }}
            className="mt-3 flex flex-col gap-2"
          />
        </section>
      )}
      <OrganisationSection user={user} />
      {joinOptions ? (
        <Section id="join-heading" title={t("joinHeading")} lead={t("joinExplanation")} className="mb-8">
          <ActionForm
            action={joinOrganisation}
            submit={{ label: t("joinSubmit"), pendingLabel: t("joinPending") }}
            className="flex flex-col gap-4"
          >
            <OrganisationChoiceFields
              {...joinOptions}
              askToJoinOn={{ pathname: "/account", hash: "join-heading" }}
            />
          </ActionForm>
        </Section>
      ) : null}
      {people ? (
        <OrganisationPeopleSection people={people} returnTo="/account" currentUserId={user.id} />
      ) : null}
      {recommendations.length ? (
        <Section id="recommendations-heading" title={t("recommendationsHeading")} className="mb-8">
          <ul className="space-y-3">
            {recommendations.map((recommendation) => {
              const latest = recommendation.statusChanges[0];
              return (
                <li key={recommendation.id} className="rounded border border-gray-200 p-3">
                  <p className="flex flex-wrap items-center gap-2">
                    <Link href={`/recommendations/${recommendation.id}`}>{recommendation.title}</Link>
                    <Badge tone="brand">
                      {label(tLabels, "recommendationStatus", recommendation.status)}
                    </Badge>
                    {recommendation.visibility === "HIDDEN" ? (
                      <Badge tone="warning">{t("hidden")}</Badge>
                    ) : null}
                  </p>
                  {latest ? (
                    <p className="mt-1 text-sm text-gray-800">
                      {format.date(latest.changedAt)}
                      {latest.meeting ? ` (${latest.meeting.name})` : ""}: {latest.note}
                    </p>
                  ) : null}
                  {recommendation.visibility === "HIDDEN" && recommendation.hiddenReason ? (
                    <p className="mt-1 text-sm text-red-800">
                      {t("hiddenBecause", { reason: recommendation.hiddenReason })}
                    </p>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </Section>
      ) : null}
      <AccountSettings name={user.name ?? ""} locale={user.locale} />
    </div>
  );
}
