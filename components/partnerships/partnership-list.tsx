import { useLocale, useTranslations } from "next-intl";
import { EntryList, type ListProps } from "@/components/lists/entry-list";
import { Badge, SampleBadge } from "@/components/ui/badge";
import { label } from "@/lib/labels";
import { countryName } from "@/lib/places";
import type { PartnershipListItem } from "@/lib/queries/partnerships";

export function partnershipName(p: Pick<PartnershipListItem, "ecocDesignation" | "cceaDesignation">) {
  return `${p.ecocDesignation.city.name} ${p.ecocDesignation.year} – ${p.cceaDesignation.city.name} ${p.cceaDesignation.year}`;
}

export function PartnershipList(props: ListProps<PartnershipListItem>) {
  const tLabels = useTranslations("labels");
  const t = useTranslations("lists.items");
  const locale = useLocale();
  return (
    <EntryList
      {...props}
      head={(partnership) => ({
        href: `/partnerships/${partnership.id}`,
        title: partnershipName(partnership),
        badges: (
          <>
            <Badge tone="brand">{label(tLabels, "partnershipStatus", partnership.status)}</Badge>
            {partnership.isSample ? <SampleBadge /> : null}
          </>
        ),
      })}
    >
      {(partnership) => (
        <>
          <p className="entry-meta">
            {t("pairingSides", {
              ecocCountry: countryName(partnership.ecocDesignation.city.country, locale),
              cceaCountry: countryName(partnership.cceaDesignation.city.country, locale),
            })}
          </p>
          <p className="mt-1 text-sm text-gray-800">
            {partnership.cooperationAreas.map((area) => label(tLabels, "cooperationArea", area)).join(", ")}
          </p>
        </>
      )}
    </EntryList>
  );
}
