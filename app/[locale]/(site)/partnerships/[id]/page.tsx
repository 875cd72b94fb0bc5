import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { DesignationFacts } from "@/components/partnerships/designation-facts";
import { partnershipName } from "@/components/partnerships/partnership-list";
import { PartnershipTimeline } from "@/components/partnerships/partnership-timeline";
import { Badge, SampleBadge } from "@/components/ui/badge";
import { Facts } from "@/components/ui/facts";
import { LinkList } from "@/components/ui/link-list";
import { PageHeader } from "@/components/ui/page-header";
import { Paragraphs } from "@/components/ui/paragraphs";
import { cooperationAreaLabels, partnershipStatusLabels, sectorLabels } from "@/lib/labels";
import { entryMetadata } from "@/lib/page-metadata";
import { getPartnership } from "@/lib/queries/partnerships";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [partnership, t] = await Promise.all([
    getPartnership((await params).id),
    getTranslations("partnerships.partnership"),
  ]);
  if (!partnership) return { title: t("notFound") };
  return entryMetadata({
    title: partnershipName(partnership),
    description: t("description", {
      status: partnershipStatusLabels[partnership.status],
      rationale: partnership.rationale.slice(0, 140),
    }),
    path: `/partnerships/${partnership.id}`,
  });
}

export default async function PartnershipPage({ params }: Props) {
  const [partnership, t] = await Promise.all([
    getPartnership((await params).id),
    getTranslations("partnerships.partnership"),
  ]);
  if (!partnership) notFound();

  return (
    <article>
      <PageHeader title={partnershipName(partnership)}>
        <p className="mt-2 flex flex-wrap gap-2">
          <Badge tone="brand">{partnershipStatusLabels[partnership.status]}</Badge>
          {partnership.isSample ? <SampleBadge /> : null}
        </p>
      </PageHeader>
      <div className="grid gap-6 sm:grid-cols-2">
        <DesignationFacts title={t("ecoc")} designation={partnership.ecocDesignation} />
        <DesignationFacts title={t("ccea")} designation={partnership.cceaDesignation} />
      </div>
      <section aria-labelledby="partnership-heading" className="mt-8">
        <h2 id="partnership-heading" className="mb-3 text-xl font-semibold">
          {t("heading")}
        </h2>
        <Facts
          items={[
            [t("facts.status"), partnershipStatusLabels[partnership.status]],
            [
              t("facts.cooperationAreas"),
              partnership.cooperationAreas.map((area) => cooperationAreaLabels[area]).join(", "),
            ],
            [t("facts.sectors"), partnership.sectors.map((sector) => sectorLabels[sector]).join(", ")],
          ]}
        />
        <h3 className="mt-4 mb-2 font-semibold">{t("why")}</h3>
        <Paragraphs text={partnership.rationale} />
      </section>
      <PartnershipTimeline changes={partnership.statusChanges} />
      <LinkList
        title={t("projects")}
        empty={t("noProjects")}
        items={partnership.projects.map((project) => ({
          key: project.slug,
          href: `/projects/${project.slug}`,
          label: project.title,
          sample: project.isSample,
        }))}
      />
    </article>
  );
}
