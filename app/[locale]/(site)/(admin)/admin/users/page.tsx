import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/admin/notice";
import { PagedList } from "@/components/admin/paged-list";
import { ActionForm } from "@/components/forms/action-form";
import { SelectField } from "@/components/forms/fields";
import { Badge } from "@/components/ui/badge";
import { FilterForm, SearchFilter, SelectFilter } from "@/components/ui/filter-form";
import { PageHeader } from "@/components/ui/page-header";
import { changeUserRole, deactivateUser, reactivateUser } from "@/lib/actions/admin/users";
import { requireAdmin } from "@/lib/dal";
import { useFormat } from "@/lib/format";
import { listUsersForAdmin, type AdminUserListItem } from "@/lib/queries/admin/users";
import { hrefWith, oneOf, pageNumber, textQuery, type SearchParams } from "@/lib/search-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.users");
  return { title: t("title") };
}

const PATH = "/admin/users";

const roleOptions = (t: (key: "member" | "admin") => string) => [
  { value: "MEMBER", label: t("member") },
  { value: "ADMIN", label: t("admin") },
];

export default async function AdminUsersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const admin = await requireAdmin(PATH);
  const params = await searchParams;
  const [found, t] = await Promise.all([
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
      <PageHeader title={t("title")} lead={t("lead")} />
      <Notice params={params} messages={notices} />
      <FilterForm action={PATH} clearHref={PATH}>
        <SearchFilter label={t("nameContains")} searchParams={params} />
        <SelectFilter name="role" label={t("role")} options={roleOptions(t)} searchParams={params} />
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
      <PagedList found={found} pathname={PATH} searchParams={params} noun="account" empty={t("empty")}>
        {(user) => <UserItem user={user} self={user.id === admin.id} returnTo={returnTo} />}
      </PagedList>
    </>
  );
}

function UserItem({ user, self, returnTo }: { user: AdminUserListItem; self: boolean; returnTo: string }) {
  const t = useTranslations("admin.users");
  const format = useFormat();
  const active = !user.deactivatedAt;
  // returnTo brings the admin back to the same filtered list.
  const hidden = { userId: user.id, returnTo };
  return (
    <>
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
          <ActionForm
            action={changeUserRole}
            hidden={hidden}
            submit={{ label: t("changeRole"), pendingLabel: t("saving"), tone: "secondary" }}
            className="flex flex-col gap-2"
          >
            {/* Each row repeats the form: the field's id carries the user's. */}
            <SelectField
              id={`role-${user.id}`}
              name="role"
              label={t("role")}
              required
              options={roleOptions(t)}
              emptyLabel={t("chooseRole")}
              defaultValue={user.role}
            />
          </ActionForm>
          {/* Keyed by what it does: the form for the other action starts with a fresh state. */}
          <ActionForm
            key={active ? "deactivate" : "reactivate"}
            action={active ? deactivateUser : reactivateUser}
            hidden={hidden}
            submit={{
              label: active ? t("deactivate") : t("reactivate"),
              pendingLabel: t("saving"),
              tone: active ? "danger" : "secondary",
            }}
            className="flex flex-col gap-2"
          />
        </div>
      )}
    </>
  );
}
