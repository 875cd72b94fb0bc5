import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { PagedList } from "@/components/admin/paged-list";
import { Badge, SampleBadge } from "@/components/ui/badge";
import { FilterForm, SearchFilter, SelectFilter } from "@/components/ui/filter-form";
import { PageHeader } from "@/components/ui/page-header";
import { Link } from "@/i18n/navigation";
import { requireAdmin } from "@/lib/dal";
import { useFormat } from "@/lib/format";
import { OrganisationKind, VerificationStatus } from "@/lib/generated/prisma/enums";
import { label, labelOptions } from "@/lib/labels";
import { listOrganisationsForAdmin, type AdminOrganisationListItem } from "@/lib/queries/admin/organisations";
import { oneOf, pageNumber, textQuery, type SearchParams } from "@/lib/search-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.organisations.list");
  return { title: t("title") };
}

const PATH = "/admin/organizations";

export default async function AdminOrganisationsPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const tLabels = await getTranslations("labels");
  await requireAdmin(PATH);
  const params = await searchParams;
  const [found, t] = await Promise.all([
    listOrganisationsForAdmin({
      q: textQuery(params.q),
      kind: oneOf(params.kind, Object.values(OrganisationKind)),
      status: oneOf(params.status, [...Object.values(VerificationStatus), "MERGED" as const]),
      page: pageNumber(params.page),
    }),
    getTranslations("admin.organisations.list"),
  ]);
  const statusOptions = [...labelOptions(tLabels, "verification"), { value: "MERGED", label: t("merged") }];

  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <FilterForm action={PATH} clearHref={PATH}>
        <SearchFilter label={t("nameContains")} searchParams={params} />
        <SelectFilter name="status" label={t("verification")} options={statusOptions} searchParams={params} />
        <SelectFilter
          name="kind"
          label={t("kind")}
          options={labelOptions(tLabels, "organisationKind")}
          searchParams={params}
        />
      </FilterForm>
      <PagedList found={found} pathname={PATH} searchParams={params} noun="organisation" empty={t("empty")}>
        {(organisation) => <OrganisationItem organisation={organisation} />}
      </PagedList>
    </>
  );
}

function OrganisationItem({ organisation }: { organisation: AdminOrganisationListItem }) {
  const tLabels = useTranslations("labels");
  const t = useTranslations("admin.organisations.list");
  const format = useFormat();
  return (
    <>
      <h2 className="font-semibold">
        <Link href={`${PATH}/${organisation.id}`}>{organisation.name}</Link>
      </h2>
      <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-gray-800">
        {organisation.mergedInto ? (
          <Badge>{t("mergedInto", { name: organisation.mergedInto.name })}</Badge>
        ) : (
          <Badge tone={organisation.verificationStatus === "VERIFIED" ? "brand" : "warning"}>
            {label(tLabels, "verification", organisation.verificationStatus)}
          </Badge>
        )}
        {organisation.isSample ? <SampleBadge /> : null}
        {label(tLabels, "organisationKind", organisation.kind)}
        {organisation.country ? ` · ${organisation.country.name}` : ""} ·{" "}
        {t("members", { count: organisation.memberCount })} ·{" "}
        {t("leadProjects", { count: organisation.projectCount })} ·{" "}
        {t("registered", { date: format.date(organisation.createdAt) })}
      </p>
    </>
  );
}
