import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { AdminNav } from "@/components/admin/admin-nav";
import { Badge, SampleBadge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterForm, SearchFilter, SelectFilter } from "@/components/ui/filter-form";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { ResultCount } from "@/components/ui/result-count";
import { Link } from "@/i18n/navigation";
import { requireAdmin } from "@/lib/dal";
import { useFormat } from "@/lib/format";
import { OrganisationKind, VerificationStatus } from "@/lib/generated/prisma/enums";
import { optionsOf, organisationKindLabels, verificationLabels } from "@/lib/labels";
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
  await requireAdmin(PATH);
  const params = await searchParams;
  const [{ items, total, page, pageCount }, t] = await Promise.all([
    listOrganisationsForAdmin({
      q: textQuery(params.q),
      kind: oneOf(params.kind, Object.values(OrganisationKind)),
      status: oneOf(params.status, [...Object.values(VerificationStatus), "MERGED" as const]),
      page: pageNumber(params.page),
    }),
    getTranslations("admin.organisations.list"),
  ]);
  const statusOptions = [...optionsOf(verificationLabels), { value: "MERGED", label: t("merged") }];

  return (
    <>
      <AdminNav />
      <PageHeader title={t("title")} lead={t("lead")} />
      <FilterForm action={PATH} clearHref={PATH}>
        <SearchFilter label={t("nameContains")} searchParams={params} />
        <SelectFilter name="status" label={t("verification")} options={statusOptions} searchParams={params} />
        <SelectFilter
          name="kind"
          label={t("kind")}
          options={optionsOf(organisationKindLabels)}
          searchParams={params}
        />
      </FilterForm>
      <ResultCount total={total} noun="organisation" />
      {items.length ? (
        <ul className="space-y-3">
          {items.map((organisation) => (
            <OrganisationItem key={organisation.id} organisation={organisation} />
          ))}
        </ul>
      ) : (
        <EmptyState title={t("empty")} />
      )}
      <Pagination pathname={PATH} searchParams={params} page={page} pageCount={pageCount} total={total} />
    </>
  );
}

function OrganisationItem({ organisation }: { organisation: AdminOrganisationListItem }) {
  const t = useTranslations("admin.organisations.list");
  const format = useFormat();
  return (
    <li className="rounded border border-gray-200 p-3">
      <h2 className="font-semibold">
        <Link href={`${PATH}/${organisation.id}`}>{organisation.name}</Link>
      </h2>
      <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-gray-800">
        {organisation.mergedInto ? (
          <Badge>{t("mergedInto", { name: organisation.mergedInto.name })}</Badge>
        ) : (
          <Badge tone={organisation.verificationStatus === "VERIFIED" ? "brand" : "warning"}>
            {verificationLabels[organisation.verificationStatus]}
          </Badge>
        )}
        {organisation.isSample ? <SampleBadge /> : null}
        {organisationKindLabels[organisation.kind]}
        {organisation.country ? ` · ${organisation.country.name}` : ""} ·{" "}
        {t("members", { count: organisation.memberCount })} ·{" "}
        {t("leadProjects", { count: organisation.projectCount })} ·{" "}
        {t("registered", { date: format.date(organisation.createdAt) })}
      </p>
    </li>
  );
}
