import { useLocale, useTranslations } from "next-intl";
import { EntryList, type ListProps } from "@/components/lists/entry-list";
import { Badge, SampleBadge } from "@/components/ui/badge";
import { label } from "@/lib/labels";
import { countryName } from "@/lib/places";
import type { OrganisationListItem } from "@/lib/queries/organisations";

export function OrganisationList(props: ListProps<OrganisationListItem>) {
  const tLabels = useTranslations("labels");
  const t = useTranslations("lists.items");
  const locale = useLocale();
  return (
    <EntryList
      {...props}
      spacing="py-3"
      head={(organisation) => ({
        href: `/organizations/${organisation.slug}`,
        title: organisation.name,
        className: "font-semibold",
        badges: (
          <>
            {organisation.verificationStatus === "VERIFIED" ? (
              <Badge tone="brand">{t("verified")}</Badge>
            ) : null}
            {organisation.isSample ? <SampleBadge /> : null}
          </>
        ),
      })}
    >
      {(organisation) => (
        <p className="entry-meta">
          {label(tLabels, "organisationKind", organisation.kind)}
          {organisation.country ? `, ${countryName(organisation.country, locale)}` : ""} ·{" "}
          {t("projectsLed", { count: organisation._count.leadProjects })}
        </p>
      )}
    </EntryList>
  );
}
