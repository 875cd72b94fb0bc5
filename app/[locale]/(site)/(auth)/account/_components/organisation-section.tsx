import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Facts } from "@/components/ui/facts";
import { Section } from "@/components/ui/section";
import { Link } from "@/i18n/navigation";
import type { CurrentUser } from "@/lib/dal";
import { can } from "@/lib/permissions";
import { label } from "@/lib/labels";
import { explainRefusal } from "@/lib/refusals";

// The account's organisation, the person's place in it, and what they may do.
export function OrganisationSection({ user }: { user: CurrentUser }) {
  const tLabels = useTranslations("labels");
  const t = useTranslations("accounts.organisation");
  const organisation = user.organisation;
  const tRefusal = useTranslations("permissions");
  const acting = can(user, "actForOrganisation", null);
  const problem = acting.allowed ? null : explainRefusal(tRefusal, acting.reason);
  return (
    <Section id="organisation-heading" title={t("heading")} className="mb-8">
      {organisation ? (
        <Facts
          items={[
            [
              t("name"),
              <Link key="name" href={`/organizations/${organisation.slug}`}>
                {organisation.name}
              </Link>,
            ],
            [t("kind"), label(tLabels, "organisationKind", organisation.kind)],
            [t("country"), organisation.country?.name],
            [
              t("verification"),
              <span key="verification" className="flex flex-col gap-1">
                <Badge tone={organisation.verificationStatus === "VERIFIED" ? "brand" : "warning"}>
                  {label(tLabels, "verification", organisation.verificationStatus)}
                </Badge>
                {organisation.verificationStatus === "UNVERIFIED" ? (
                  <span className="text-sm text-gray-700">{t("unverifiedExplanation")}</span>
                ) : null}
                {organisation.verificationNote ? (
                  <span className="text-sm text-gray-700">{organisation.verificationNote}</span>
                ) : null}
              </span>,
            ],
            [t("yourPlace"), t(`membership.${user.membershipRole}`)],
            [t("yourRole"), t(`roles.${user.role}`)],
          ]}
        />
      ) : (
        <p>{t("none")}</p>
      )}
      {user.membershipNote && !organisation ? <p className="mt-3">{user.membershipNote}</p> : null}
      {organisation && problem ? <p className="mt-3 text-red-800">{problem}</p> : null}
      {problem ? null : (
        <p className="mt-4 flex flex-wrap gap-4">
          <Link href="/projects/new">{t("submitProject")}</Link>
          <Link href="/workshops">{t("submitRecommendation")}</Link>
        </p>
      )}
    </Section>
  );
}
