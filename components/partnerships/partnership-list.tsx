import { useTranslations } from "next-intl";
import { EntryHead, EntryList, type HeadingLevel } from "@/components/lists/entry-list";
import { Badge, SampleBadge } from "@/components/ui/badge";
import { cooperationAreaLabels, partnershipStatusLabels } from "@/lib/labels";
import type { PartnershipListItem } from "@/lib/queries/partnerships";

export function partnershipName(p: Pick<PartnershipListItem, "ecocDesignation" | "cceaDesignation">) {
  return `${p.ecocDesignation.city.name} ${p.ecocDesignation.year} – ${p.cceaDesignation.city.name} ${p.cceaDesignation.year}`;
}

export function PartnershipList({
  partnerships,
  headingLevel = 2,
}: {
  partnerships: PartnershipListItem[];
  headingLevel?: HeadingLevel;
}) {
  const t = useTranslations("lists.items");
  return (
    <EntryList items={partnerships}>
      {(partnership) => (
        <>
          <EntryHead
            href={`/partnerships/${partnership.id}`}
            title={partnershipName(partnership)}
            level={headingLevel}
          >
            <Badge tone="brand">{partnershipStatusLabels[partnership.status]}</Badge>
            {partnership.isSample ? <SampleBadge /> : null}
          </EntryHead>
          <p className="entry-meta">
            {t("pairingSides", {
              ecocCountry: partnership.ecocDesignation.city.country.name,
              cceaCountry: partnership.cceaDesignation.city.country.name,
            })}
          </p>
          <p className="mt-1 text-sm text-gray-800">
            {partnership.cooperationAreas.map((area) => cooperationAreaLabels[area]).join(", ")}
          </p>
        </>
      )}
    </EntryList>
  );
}
