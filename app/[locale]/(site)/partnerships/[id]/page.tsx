import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { entryPageMetadata, readEntryPage } from "@/components/entries/entry-page";
import { DesignationFacts } from "@/components/partnerships/designation-facts";
import { partnershipName } from "@/components/partnerships/partnership-list";
import { PartnershipTimeline } from "@/components/partnerships/partnership-timeline";
import { Badge, SampleBadge } from "@/components/ui/badge";
import { Facts } from "@/components/ui/facts";
import { projectLinks } from "@/components/entries/entry-links";
import { LinkList } from "@/components/ui/link-list";
import { PageHeader } from "@/components/ui/page-header";
import { Paragraphs } from "@/components/ui/paragraphs";
import { Section } from "@/components/ui/section";
import { label } from "@/lib/labels";
import { getPartnership } from "@/lib/queries/partnerships";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return entryPageMetadata(
    getPartnership((await params).id),
    "partnerships.partnership",
    async (partnership, t) => ({
      title: partnershipName(partnership),
      description: t("description", {
        status: label(await getTranslations("labels"), "partnershipStatus", partnership.status),
        rationale: partnership.rationale.slice(0, 140),
      }),
      path: `/partnerships/${partnership.id}`,
    }),
  );
}

export default async function PartnershipPage({ params }: Props) {
  const tLabels = await getTranslations("labels");
  const { entry: partnership, t } = await readEntryPage(
    getPartnership((await params).id),
    "partnerships.partnership",
  );

  return (
    <article>
      <PageHeader title={partnershipName(partnership)}>
        <p className="mt-2 flex flex-wrap gap-2">
          <Badge tone="brand">{label(tLabels, "partnershipStatus", partnership.status)}</Badge>
          {partnership.isSample ? <SampleBadge /> : null}
        </p>
      </PageHeader>
      <div className="grid gap-6 sm:grid-cols-2">
        <DesignationFacts title={t("ecoc")} designation={partnership.ecocDesignation} />
        <DesignationFacts title={t("ccea")} designation={partnership.cceaDesignation} />
      </div>
      <Section id="partnership-heading" title={t("heading")} className="mt-8">
        <Facts
          items={[
            [t("facts.status"), label(tLabels, "partnershipStatus", partnership.status)],
            [
              t("facts.cooperationAreas"),
              partnership.cooperationAreas.map((area) => label(tLabels, "cooperationArea", area)).join(", "),
            ],
            [
              t("facts.sectors"),
              partnership.sectors.map((sector) => label(tLabels, "sector", sector)).join(", "),
            ],
          ]}
        />
        <h3 className="mt-4 mb-2 font-semibold">{t("why")}</h3>
        <Paragraphs text={partnership.rationale} />
      </Section>
      <PartnershipTimeline changes={partnership.statusChanges} />
      <LinkList title={t("projects")} empty={t("noProjects")} items={projectLinks(partnership.projects)} />
    </article>
  );
}
