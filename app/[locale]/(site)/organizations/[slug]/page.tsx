import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { entryPageMetadata, readEntryPage } from "@/components/entries/entry-page";
import { OrganisationActivity } from "@/components/organisations/organisation-activity";
import { ExternalLink } from "@/components/projects/external-link";
import { Badge, SampleBadge } from "@/components/ui/badge";
import { Facts } from "@/components/ui/facts";
import { PageHeader } from "@/components/ui/page-header";
import { Paragraphs } from "@/components/ui/paragraphs";
import { Link } from "@/i18n/navigation";
import { countryName } from "@/lib/places";
import type { OrganisationKind } from "@/lib/generated/prisma/enums";
import { label, type LabelTranslator } from "@/lib/labels";
import { getOrganisationBySlug } from "@/lib/queries/organisations";

type Props = { params: Promise<{ slug: string }> };

type Translate = Awaited<ReturnType<typeof getTranslations<"organisations.organisation">>>;

function describe(
  t: Translate,
  tLabels: LabelTranslator,
  organisation: { kind: OrganisationKind; country: { code: string; name: string } | null },
  locale: string,
) {
  const kind = label(tLabels, "organisationKind", organisation.kind);
  return organisation.country
    ? t("kindInCountry", { kind, country: countryName(organisation.country, locale) })
    : kind;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return entryPageMetadata(
    getOrganisationBySlug((await params).slug),
    "organisations.organisation",
    async (organisation, t) => ({
      title: organisation.name,
      description: t("description", {
        described: describe(t, await getTranslations("labels"), organisation, await getLocale()),
      }),
      path: `/organizations/${organisation.slug}`,
      type: "website",
    }),
  );
}

export default async function OrganisationPage({ params }: Props) {
  const tLabels = await getTranslations("labels");
  const { entry: organisation, t } = await readEntryPage(
    getOrganisationBySlug((await params).slug),
    "organisations.organisation",
  );
  const locale = await getLocale();
  const verified = organisation.verificationStatus === "VERIFIED";

  return (
    <article>
      <PageHeader title={organisation.name} lead={describe(t, tLabels, organisation, locale)}>
        <p className="mt-2 flex flex-wrap gap-2">
          <Badge tone={verified ? "brand" : "warning"}>
            {label(tLabels, "verification", organisation.verificationStatus)}
          </Badge>
          {organisation.isSample ? <SampleBadge /> : null}
        </p>
      </PageHeader>
      {organisation.mergedInto ? (
        <p className="mb-4 rounded border border-gray-300 bg-gray-50 p-3">
          {t.rich("mergedInto", {
            kept: (chunks) => <Link href={`/organizations/${organisation.mergedInto!.slug}`}>{chunks}</Link>,
            name: organisation.mergedInto.name,
          })}
        </p>
      ) : null}
      {organisation.description ? <Paragraphs text={organisation.description} /> : null}
      <h2 className="mt-8 mb-3 text-xl font-semibold">{t("details")}</h2>
      <Facts
        items={[
          [t("facts.kind"), label(tLabels, "organisationKind", organisation.kind)],
          [
            t("facts.country"),
            organisation.country ? (
              <Link href={`/countries/${organisation.country.code}`}>
                {countryName(organisation.country, locale)}
              </Link>
            ) : (
              t("notGiven")
            ),
          ],
          [t("facts.website"), organisation.website ? <ExternalLink href={organisation.website} /> : null],
          [t("facts.verification"), label(tLabels, "verification", organisation.verificationStatus)],
        ]}
      />
      <OrganisationActivity organisation={organisation} />
    </article>
  );
}
