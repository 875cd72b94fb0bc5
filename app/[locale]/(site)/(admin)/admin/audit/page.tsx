import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { AuditEntrySummary, AuditValues } from "@/components/admin/audit-entry";
import { PagedList } from "@/components/admin/paged-list";
import { FilterForm, SelectFilter } from "@/components/ui/filter-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdmin } from "@/lib/dal";
import { listAuditEntries, listAuditFilterOptions } from "@/lib/queries/admin/audit";
import { hrefWith, oneOf, pageNumber, single, type SearchParams } from "@/lib/search-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.audit");
  return { title: t("title") };
}

const PATH = "/admin/audit";

export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireAdmin(PATH);
  const params = await searchParams;
  const [options, t] = await Promise.all([listAuditFilterOptions(), getTranslations("admin.audit")]);
  const entityId = single(params.entity)?.slice(0, 64);
  const found = await listAuditEntries({
    action: oneOf(params.action, options.actions),
    entityType: oneOf(params.entityType, options.entityTypes),
    actorId: oneOf(
      params.actor,
      options.actors.map((actor) => actor.id),
    ),
    entityId,
    page: pageNumber(params.page),
  });
  const toOptions = (values: string[]) => values.map((value) => ({ value, label: value }));

  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <FilterForm action={PATH} clearHref={PATH}>
        <SelectFilter
          name="action"
          label={t("filters.action")}
          options={toOptions(options.actions)}
          searchParams={params}
        />
        <SelectFilter
          name="entityType"
          label={t("filters.entityType")}
          options={toOptions(options.entityTypes)}
          searchParams={params}
        />
        <SelectFilter
          name="actor"
          label={t("filters.actor")}
          options={options.actors.map((actor) => ({ value: actor.id, label: actor.name ?? actor.email }))}
          searchParams={params}
        />
        {entityId ? <input type="hidden" name="entity" value={entityId} /> : null}
      </FilterForm>
      {entityId ? (
        <p className="mb-4">
          {t.rich("oneRecord", { code: (chunks) => <code>{chunks}</code>, id: entityId })}{" "}
          <Link href={hrefWith(PATH, params, { entity: undefined, page: undefined })}>
            {t("everyRecord")}
          </Link>
        </p>
      ) : null}
      <PagedList
        found={found}
        pathname={PATH}
        searchParams={params}
        noun="loggedAction"
        empty={t("empty")}
        ordered
      >
        {(entry) => (
          <>
            <AuditEntrySummary entry={entry} />
            <AuditValues entry={entry} />
          </>
        )}
      </PagedList>
    </>
  );
}
