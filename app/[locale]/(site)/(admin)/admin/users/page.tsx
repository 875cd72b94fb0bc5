import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { AdminNav } from "@/components/admin/admin-nav";
import { Notice } from "@/components/admin/notice";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterForm, SearchFilter, SelectFilter } from "@/components/ui/filter-form";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { ResultCount } from "@/components/ui/result-count";
import { requireAdmin } from "@/lib/dal";
import { useFormat } from "@/lib/format";
import { listUsersForAdmin, type AdminUserListItem } from "@/lib/queries/admin/users";
import { hrefWith, oneOf, pageNumber, textQuery, type SearchParams } from "@/lib/search-params";
import { AccountStatusForm, ChangeRoleForm } from "./_components/user-forms";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.users");
  return { title: t("title") };
}

const PATH = "/admin/users";

export default async function AdminUsersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const admin = await requireAdmin(PATH);
  const params = await searchParams;
  const [{ items, total, page, pageCount }, t] = await Promise.all([
    listUsersForAdmin({
      q: textQuery(params.q),
      role: oneOf(params.role, ["MEMBER", "ADMIN"] as const),
      status: oneOf(params.status, ["active", "deactivated"] as const),
      page: pageNumber(params.page),
    }),
    getTranslations("admin.users"),
  ]);
  const notices = {
    role: t("notices.role"),
    deactivated: t("notices.deactivated"),
    reactivated: t("notices.reactivated"),
  };
  const returnTo = hrefWith(PATH, params, { notice: undefined });

  return (
    <>
      <AdminNav />
      <PageHeader title={t("title")} lead={t("lead")} />
      <Notice params={params} messages={notices} />
      <FilterForm action={PATH} clearHref={PATH}>
        <SearchFilter label={t("nameContains")} searchParams={params} />
        <SelectFilter
          name="role"
          label={t("role")}
          options={[
            { value: "MEMBER", label: t("member") },
            { value: "ADMIN", label: t("admin") },
          ]}
          searchParams={params}
        />
        <SelectFilter
          name="status"
          label={t("account")}
          options={[
            { value: "active", label: t("active") },
            { value: "deactivated", label: t("deactivated") },
          ]}
          searchParams={params}
        />
      </FilterForm>
      <ResultCount total={total} noun="account" />
      {items.length ? (
        <ul className="space-y-3">
          {items.map((user) => (
            <UserItem key={user.id} user={user} self={user.id === admin.id} returnTo={returnTo} />
          ))}
        </ul>
      ) : (
        <EmptyState title={t("empty")} />
      )}
      <Pagination pathname={PATH} searchParams={params} page={page} pageCount={pageCount} total={total} />
    </>
  );
}

function UserItem({ user, self, returnTo }: { user: AdminUserListItem; self: boolean; returnTo: string }) {
  const t = useTranslations("admin.users");
  const format = useFormat();
  return (
    <li className="rounded border border-gray-200 p-3">
      <h2 className="font-semibold">
        {user.name ?? t("noName")} <span className="font-normal text-gray-800">&lt;{user.email}&gt;</span>
      </h2>
      <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-gray-800">
        <Badge tone={user.role === "ADMIN" ? "brand" : "neutral"}>
          {user.role === "ADMIN" ? t("admin") : t("member")}
        </Badge>
        {user.deactivatedAt ? (
          <Badge tone="warning">{t("deactivatedOn", { date: format.date(user.deactivatedAt) })}</Badge>
        ) : null}
        {user.organisation?.name ?? t("noOrganisation")} ·{" "}
        {t("registered", { date: format.date(user.createdAt) })}
      </p>
      {self ? (
        <p className="mt-2 text-sm">{t("self")}</p>
      ) : (
        <div className="mt-3 grid gap-4 sm:grid-cols-2">
          <ChangeRoleForm userId={user.id} returnTo={returnTo} role={user.role} />
          <AccountStatusForm userId={user.id} returnTo={returnTo} active={!user.deactivatedAt} />
        </div>
      )}
    </li>
  );
}
