import { useTranslations } from "next-intl";
import { Badge, SampleBadge } from "@/components/ui/badge";
import { Link } from "@/i18n/navigation";
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
  headingLevel?: 2 | 3;
}) {
  const t = useTranslations("lists.items");
  const Heading = `h${headingLevel}` as const;
  return (
    <ul className="divide-y divide-gray-200">
      {partnerships.map((partnership) => (
        <li key={partnership.id} className="py-4">
          <div className="entry-head">
            <Heading className="entry-title">
              <Link href={`/partnerships/${partnership.id}`}>{partnershipName(partnership)}</Link>
            </Heading>
            <Badge tone="brand">{partnershipStatusLabels[partnership.status]}</Badge>
            {partnership.isSample ? <SampleBadge /> : null}
          </div>
          <p className="entry-meta">
            {t("pairingSides", {
              ecocCountry: partnership.ecocDesignation.city.country.name,
              cceaCountry: partnership.cceaDesignation.city.country.name,
            })}
          </p>
          <p className="mt-1 text-sm text-gray-800">
            {partnership.cooperationAreas.map((area) => cooperationAreaLabels[area]).join(", ")}
          </p>
        </li>
      ))}
    </ul>
  );
}
