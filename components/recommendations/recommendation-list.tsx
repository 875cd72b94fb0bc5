import { useTranslations } from "next-intl";
import { EntryList, type ListProps } from "@/components/lists/entry-list";
import { Badge, SampleBadge, UnverifiedBadge } from "@/components/ui/badge";
import { Link } from "@/i18n/navigation";
import type { VerificationStatus } from "@/lib/generated/prisma/enums";
import { label } from "@/lib/labels";
import type { RecommendationListItem } from "@/lib/queries/recommendations";

type Item = Pick<
  RecommendationListItem,
  "id" | "title" | "language" | "audiences" | "status" | "endorsementCount" | "isSample" | "submittedByLabel"
> & {
  submittedByOrganisation: { slug: string; name: string; verificationStatus: VerificationStatus } | null;
} & Partial<Pick<RecommendationListItem, "workshop">>;

// Recommendations as listed on /recommendations and on a workshop's page (which leaves the workshop out).
export function RecommendationList(props: ListProps<Item>) {
  const tLabels = useTranslations("labels");
  const t = useTranslations("lists.items");
  return (
    <EntryList
      {...props}
      head={(recommendation) => ({
        href: `/recommendations/${recommendation.id}`,
        title: recommendation.title,
        lang: recommendation.language,
        badges: (
          <>
            <Badge tone="brand">{label(tLabels, "recommendationStatus", recommendation.status)}</Badge>
            {recommendation.isSample ? <SampleBadge /> : null}
            {recommendation.submittedByOrganisation ? (
              <UnverifiedBadge status={recommendation.submittedByOrganisation.verificationStatus} />
            ) : null}
          </>
        ),
      })}
    >
      {(recommendation) => (
        <>
          <p className="entry-meta">
            {t("addressedTo", {
              audiences: recommendation.audiences
                .map((audience) => label(tLabels, "audience", audience))
                .join(", "),
            })}
          </p>
          <p className="entry-meta">
            {t.rich("submittedBy", {
              submitter: () =>
                recommendation.submittedByOrganisation ? (
                  <Link href={`/organizations/${recommendation.submittedByOrganisation.slug}`}>
                    {recommendation.submittedByOrganisation.name}
                  </Link>
                ) : (
                  (recommendation.submittedByLabel ?? t("unnamedSubmitter"))
                ),
            })}{" "}
            · {t("endorsements", { count: recommendation.endorsementCount })}
          </p>
          {recommendation.workshop ? (
            <p className="entry-meta">
              {t.rich("workshop", {
                workshop: () => (
                  <Link href={`/workshops/${recommendation.workshop!.slug}`}>
                    {recommendation.workshop!.title}
                  </Link>
                ),
              })}
            </p>
          ) : null}
        </>
      )}
    </EntryList>
  );
}
