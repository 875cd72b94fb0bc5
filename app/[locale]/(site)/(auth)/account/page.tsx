import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/admin/notice";
import { MailLanguageForm } from "@/components/notifications/mail-language-form";
import { routing } from "@/i18n/routing";
import { languageName } from "@/lib/languages";
import { membershipNotices } from "@/components/memberships/notices";
import { OrganisationPeopleSection } from "@/components/memberships/organisation-people";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { Link } from "@/i18n/navigation";
import { requireUser } from "@/lib/dal";
import { can } from "@/lib/permissions";
import { getFormat } from "@/lib/format";
import { label } from "@/lib/labels";
import { listOrganisationRecommendations } from "@/lib/queries/admin/recommendations";
import { listOrganisationOptions, listStateOptions } from "@/lib/queries/form-options";
import { findJoinableOrganisationId, getOrganisationPeople } from "@/lib/queries/memberships";
import { first, type SearchParams } from "@/lib/search-params";
import { ChangePasswordForm, ProfileForm } from "./_components/account-forms";
import { OrganisationSection } from "./_components/organisation-section";
import {
  JoinOrganisationForm,
  ResendConfirmationForm,
  SignOutEverywhereForm,
} from "./_components/trust-forms";

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
  const confirmed = first(query.confirmed) === "1";
  const organisation = user.organisation;
  const [t, format, notices, recommendations, people, joinOptions] = await Promise.all([
    getTranslations("accounts.account"),
    getFormat(),
    membershipNotices(),
    organisation ? listOrganisationRecommendations(organisation.id) : [],
    organisation && can(user, "manageMembers", { organisationId: organisation.id }).allowed
      ? getOrganisationPeople(organisation.id)
      : null,
    organisation || user.role === "ADMIN" ? null : joinFormOptions(first(query.organisation)),
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
          <ResendConfirmationForm />
        </section>
      )}
      <OrganisationSection user={user} />
      {joinOptions ? (
        <section aria-labelledby="join-heading" className="mb-8">
          <h2 id="join-heading" className="mb-3 text-xl font-semibold">
            {t("joinHeading")}
          </h2>
          <p>{t("joinExplanation")}</p>
          <JoinOrganisationForm
            organisations={joinOptions.organisations}
            countries={joinOptions.countries}
            chosenOrganisationId={joinOptions.chosenOrganisationId}
          />
        </section>
      ) : null}
      {people ? (
        <OrganisationPeopleSection people={people} returnTo="/account" currentUserId={user.id} />
      ) : null}
      {recommendations.length ? (
        <section aria-labelledby="recommendations-heading" className="mb-8">
          <h2 id="recommendations-heading" className="mb-3 text-xl font-semibold">
            {t("recommendationsHeading")}
          </h2>
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
        </section>
      ) : null}
      <AccountSettings name={user.name ?? ""} locale={user.locale} />
    </div>
  );
}

// The person's own settings: profile, password and sessions.
async function AccountSettings({ name, locale }: { name: string; locale: string }) {
  const [t, tMail] = await Promise.all([
    getTranslations("accounts"),
    getTranslations("notifications.mailLanguage"),
  ]);
  return (
    <>
      <section aria-labelledby="profile-heading" className="mb-8">
        <h2 id="profile-heading" className="mb-3 text-xl font-semibold">
          {t("profile.heading")}
        </h2>
        <ProfileForm name={name} />
      </section>
      <section aria-labelledby="mail-language-heading" className="mb-8">
        <h2 id="mail-language-heading" className="mb-3 text-xl font-semibold">
          {tMail("heading")}
        </h2>
        <MailLanguageForm
          saved={locale}
          languages={routing.locales.map((value) => ({ value, label: languageName(value, value) }))}
        />
      </section>
      <section aria-labelledby="password-heading" className="mb-8">
        <h2 id="password-heading" className="mb-3 text-xl font-semibold">
          {t("password.heading")}
        </h2>
        <p className="mb-3 text-sm text-gray-700">{t("password.explanation")}</p>
        <ChangePasswordForm />
      </section>
      <section aria-labelledby="sessions-heading">
        <h2 id="sessions-heading" className="mb-3 text-xl font-semibold">
          {t("sessions.heading")}
        </h2>
        <p className="mb-3">{t("sessions.explanation")}</p>
        <SignOutEverywhereForm />
      </section>
    </>
  );
}
