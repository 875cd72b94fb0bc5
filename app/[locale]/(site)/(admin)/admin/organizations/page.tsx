import type { Metadata } from "next";
import Link from "next/link";
import { AdminNav } from "@/components/admin/admin-nav";
import { Badge, SampleBadge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterForm, SearchFilter, SelectFilter } from "@/components/ui/filter-form";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { ResultCount } from "@/components/ui/result-count";
import { requireAdmin } from "@/lib/dal";
import { formatDate, plural } from "@/lib/format";
import { OrganisationKind, VerificationStatus } from "@/lib/generated/prisma/enums";
import { optionsOf, organisationKindLabels, verificationLabels } from "@/lib/labels";
import { listOrganisationsForAdmin, type AdminOrganisationListItem } from "@/lib/queries/admin/organisations";
import { oneOf, pageNumber, textQuery, type SearchParams } from "@/lib/search-params";

export const metadata: Metadata = { title: "Organisations" };

const PATH = "/admin/organizations";
const statusOptions = [...optionsOf(verificationLabels), { value: "MERGED", label: "Merged into another" }];

export default async function AdminOrganisationsPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  await requireAdmin(PATH);
  const params = await searchParams;
  const { items, total, page, pageCount } = await listOrganisationsForAdmin({
    q: textQuery(params.q),
    kind: oneOf(params.kind, Object.values(OrganisationKind)),
    status: oneOf(params.status, [...Object.values(VerificationStatus), "MERGED" as const]),
    page: pageNumber(params.page),
  });

  return (
    <>
      <AdminNav />
      <PageHeader
        title="Organisations"
        lead="Verify the organisations members register, decline those that are not genuine (their members can no longer act for them) and merge duplicates."
      />
      <FilterForm action={PATH} clearHref={PATH}>
        <SearchFilter label="Name contains" searchParams={params} />
        <SelectFilter name="status" label="Verification" options={statusOptions} searchParams={params} />
        <SelectFilter
          name="kind"
          label="Kind"
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
        <EmptyState title="No organisation matches these filters." />
      )}
      <Pagination pathname={PATH} searchParams={params} page={page} pageCount={pageCount} total={total} />
    </>
  );
}

function OrganisationItem({ organisation }: { organisation: AdminOrganisationListItem }) {
  return (
    <li className="rounded border border-gray-200 p-3">
      <h2 className="font-semibold">
        <Link href={`${PATH}/${organisation.id}`}>{organisation.name}</Link>
      </h2>
      <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-gray-800">
        {organisation.mergedInto ? (
          <Badge>Merged into {organisation.mergedInto.name}</Badge>
        ) : (
          <Badge tone={organisation.verificationStatus === "VERIFIED" ? "brand" : "warning"}>
            {verificationLabels[organisation.verificationStatus]}
          </Badge>
        )}
        {organisation.isSample ? <SampleBadge /> : null}
        {organisationKindLabels[organisation.kind]}
        {organisation.country ? ` · ${organisation.country.name}` : ""} ·{" "}
        {plural(organisation.memberCount, "member")} · {plural(organisation.projectCount, "lead project")} ·
        registered {formatDate(organisation.createdAt)}
      </p>
    </li>
  );
}
