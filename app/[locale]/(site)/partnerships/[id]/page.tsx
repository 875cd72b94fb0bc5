import type { Metadata } from "next";
import { entryMetadata } from "@/lib/page-metadata";
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
import { getPartnership } from "@/lib/queries/partnerships";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const partnership = await getPartnership((await params).id);
  if (!partnership) return { title: "Partnership not found" };
  return entryMetadata({
    title: partnershipName(partnership),
    description: `${partnershipStatusLabels[partnership.status]} city partnership: ${partnership.rationale.slice(0, 140)}`,
    path: `/partnerships/${partnership.id}`,
  });
}

export default async function PartnershipPage({ params }: Props) {
  const partnership = await getPartnership((await params).id);
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
        <DesignationFacts title="European Capital of Culture" designation={partnership.ecocDesignation} />
        <DesignationFacts title="Culture City of East Asia" designation={partnership.cceaDesignation} />
      </div>
      <section aria-labelledby="partnership-heading" className="mt-8">
        <h2 id="partnership-heading" className="mb-3 text-xl font-semibold">
          The partnership
        </h2>
        <Facts
          items={[
            ["Status", partnershipStatusLabels[partnership.status]],
            [
              "Cooperation areas",
              partnership.cooperationAreas.map((area) => cooperationAreaLabels[area]).join(", "),
            ],
            ["Sectors", partnership.sectors.map((sector) => sectorLabels[sector]).join(", ")],
          ]}
        />
        <h3 className="mt-4 mb-2 font-semibold">Why these two cities</h3>
        <Paragraphs text={partnership.rationale} />
      </section>
      <PartnershipTimeline changes={partnership.statusChanges} />
      <LinkList
        title="Linked projects"
        empty="No published project is linked to this partnership yet."
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
