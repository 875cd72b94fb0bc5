import type { Metadata } from "next";
import { AdminNav } from "@/components/admin/admin-nav";
import { Notice } from "@/components/admin/notice";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterForm, SearchFilter, SelectFilter } from "@/components/ui/filter-form";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { ResultCount } from "@/components/ui/result-count";
import { requireAdmin } from "@/lib/dal";
import { formatDate } from "@/lib/format";
import { listUsersForAdmin, type AdminUserListItem } from "@/lib/queries/admin/users";
import { hrefWith, oneOf, pageNumber, textQuery, type SearchParams } from "@/lib/search-params";
import { AccountStatusForm, ChangeRoleForm } from "./_components/user-forms";

export const metadata: Metadata = { title: "Users" };

const PATH = "/admin/users";

const notices = {
  role: "The role is changed; it applies from the account's next request.",
  deactivated: "The account is deactivated: it can no longer sign in or act. What it contributed stays.",
  reactivated: "The account is active again.",
};

export default async function AdminUsersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const admin = await requireAdmin(PATH);
  const params = await searchParams;
  const { items, total, page, pageCount } = await listUsersForAdmin({
    q: textQuery(params.q),
    role: oneOf(params.role, ["MEMBER", "ADMIN"] as const),
    status: oneOf(params.status, ["active", "deactivated"] as const),
    page: pageNumber(params.page),
  });
  const returnTo = hrefWith(PATH, params, { notice: undefined });

  return (
    <>
      <AdminNav />
      <PageHeader
        title="Users"
        lead="Give or take the admin role, and deactivate accounts that should no longer sign in. You cannot change your own account here."
      />
      <Notice params={params} messages={notices} />
      <FilterForm action={PATH} clearHref={PATH}>
        <SearchFilter label="Name or e-mail contains" searchParams={params} />
        <SelectFilter
          name="role"
          label="Role"
          options={[
            { value: "MEMBER", label: "Member" },
            { value: "ADMIN", label: "Admin" },
          ]}
          searchParams={params}
        />
        <SelectFilter
          name="status"
          label="Account"
          options={[
            { value: "active", label: "Active" },
            { value: "deactivated", label: "Deactivated" },
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
        <EmptyState title="No account matches these filters." />
      )}
      <Pagination pathname={PATH} searchParams={params} page={page} pageCount={pageCount} total={total} />
    </>
  );
}

function UserItem({ user, self, returnTo }: { user: AdminUserListItem; self: boolean; returnTo: string }) {
  return (
    <li className="rounded border border-gray-200 p-3">
      <h2 className="font-semibold">
        {user.name ?? "No name given"} <span className="font-normal text-gray-800">&lt;{user.email}&gt;</span>
      </h2>
      <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-gray-800">
        <Badge tone={user.role === "ADMIN" ? "brand" : "neutral"}>
          {user.role === "ADMIN" ? "Admin" : "Member"}
        </Badge>
        {user.deactivatedAt ? (
          <Badge tone="warning">Deactivated {formatDate(user.deactivatedAt)}</Badge>
        ) : null}
        {user.organisation?.name ?? "No organisation"} · registered {formatDate(user.createdAt)}
      </p>
      {self ? (
        <p className="mt-2 text-sm">This is your account.</p>
      ) : (
        <div className="mt-3 grid gap-4 sm:grid-cols-2">
          <ChangeRoleForm userId={user.id} returnTo={returnTo} role={user.role} />
          <AccountStatusForm userId={user.id} returnTo={returnTo} active={!user.deactivatedAt} />
        </div>
      )}
    </li>
  );
}
