import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { partnershipName } from "@/components/partnerships/partnership-list";
import { Badge, SampleBadge } from "@/components/ui/badge";
import { Facts } from "@/components/ui/facts";
import { LinkList } from "@/components/ui/link-list";
import { PageHeader } from "@/components/ui/page-header";
import { Timeline } from "@/components/ui/timeline";
import { cooperationAreaLabels, partnershipStatusLabels, programmeLabels, sectorLabels } from "@/lib/labels";
import { getPartnership, type PartnershipDetail } from "@/lib/queries/partnerships";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const partnership = await getPartnership((await params).id);
  if (!partnership) return { title: "Partnership not found" };
  return { title: partnershipName(partnership), description: partnership.rationale.slice(0, 160) };
}

function Side({ designation }: { designation: PartnershipDetail["ecocDesignation"] }) {
  return (
    <span>
      {designation.city.name},{" "}
      <Link href={`/countries/${designation.city.country.code}`}>{designation.city.country.name}</Link>:{" "}
      {programmeLabels[designation.programme]} {designation.year} ({designation.status})
    </span>
  );
}

export default async function PartnershipPage({ params }: Props) {
  const partnership = await getPartnership((await params).id);
  if (!partnership) notFound();

  return (
    <article>
      <PageHeader title={partnershipName(partnership)} lead={partnership.rationale}>
        <p className="mt-2 flex flex-wrap gap-2">
          <Badge tone="brand">{partnershipStatusLabels[partnership.status]}</Badge>
          {partnership.isSample ? <SampleBadge /> : null}
        </p>
      </PageHeader>
      <Facts
        items={[
          ["European side", <Side key="e" designation={partnership.ecocDesignation} />],
          ["East Asian side", <Side key="c" designation={partnership.cceaDesignation} />],
          ["Status", partnershipStatusLabels[partnership.status]],
          [
            "Cooperation areas",
            partnership.cooperationAreas.map((area) => cooperationAreaLabels[area]).join(", "),
          ],
          ["Sectors", partnership.sectors.map((sector) => sectorLabels[sector]).join(", ")],
        ]}
      />
      <Timeline
        title="Status history"
        steps={partnership.statusChanges.map((change) => ({
          id: change.id,
          changedAt: change.changedAt,
          from: change.fromStatus ? partnershipStatusLabels[change.fromStatus] : null,
          to: partnershipStatusLabels[change.toStatus],
          note: change.note,
        }))}
      />
      <LinkList
        title="Linked projects"
        empty="No projects are linked to this partnership yet."
        items={partnership.projects.map((p) => ({
          key: p.slug,
          href: `/projects/${p.slug}`,
          label: p.title,
          sample: p.isSample,
        }))}
      />
    </article>
  );
}
