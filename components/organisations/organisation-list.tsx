import { useTranslations } from "next-intl";
import { EntryList, type ListProps } from "@/components/lists/entry-list";
import { Badge, SampleBadge } from "@/components/ui/badge";
import { label } from "@/lib/labels";
import type { OrganisationListItem } from "@/lib/queries/organisations";

export function OrganisationList(props: ListProps<OrganisationListItem>) {
  const tLabels = useTranslations("labels");
  const t = useTranslations("lists.items");
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
          {organisation.country ? `, ${organisation.country.name}` : ""} ·{" "}
          {t("projectsLed", { count: organisation._count.leadProjects })}
        </p>
      )}
    </EntryList>
  );
}
