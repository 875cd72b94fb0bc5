import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/admin/notice";
import { ActionForm } from "@/components/forms/action-form";
import { RadioGroup } from "@/components/forms/fields";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Section } from "@/components/ui/section";
import { Link } from "@/i18n/navigation";
import {
  markAllNotificationsRead,
  markNotificationRead,
  saveNotificationPreferences,
} from "@/lib/actions/notifications";
import { requireUser } from "@/lib/dal";
import { getFormat } from "@/lib/format";
import { deliveries, notificationKinds } from "@/lib/notifications/kinds";
import {
  countUnreadNotifications,
  getNotificationPreferences,
  listNotifications,
} from "@/lib/queries/notifications";
import { single, type SearchParams } from "@/lib/search-params";
import { UnreadCountAnnouncer } from "./_components/unread-count-announcer";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("accounts.notifications");
  return { title: t("title") };
}

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser("/notifications");
  const query = await searchParams;
  const requestedPage = Math.max(1, Math.floor(Number(single(query.page)) || 1));
  const [{ items, total, page, pageCount }, unread, preferences, t, format] = await Promise.all([
    listNotifications(user.id, requestedPage),
    countUnreadNotifications(user.id),
    getNotificationPreferences(user.id),
    getTranslations("accounts.notifications"),
    getFormat(),
  ]);

  return (
    <div className="max-w-3xl">
      <PageHeader title={t("title")} lead={unread ? t("unread", { count: unread }) : t("nothingUnread")} />
      <UnreadCountAnnouncer unread={unread} />
      <Notice params={query} messages={{ read: t("read"), allRead: t("allRead") }} />
      {unread ? (
        <ActionForm
          action={markAllNotificationsRead}
          hidden={{ page: String(page) }}
          submit={{ label: t("markAllRead"), pendingLabel: t("marking"), tone: "secondary" }}
          className="mb-4 flex flex-col gap-2"
        />
      ) : null}
      {items.length ? (
        <ol className="divide-y divide-gray-200 border-y border-gray-200">
          {items.map((item) => (
            <li
              key={item.id}
              className="flex flex-col gap-2 py-3 sm:flex-row sm:items-start sm:justify-between"
            >
              <div>
                <p className={item.readAt ? "text-gray-800" : "font-medium text-gray-900"}>
                  {item.readAt ? null : (
                    <>
                      <Badge tone="warning">{t("unreadBadge")}</Badge>{" "}
                    </>
                  )}
                  {item.message}
                </p>
                <p className="text-sm text-gray-700">
                  <time dateTime={item.createdAt.toISOString()}>
                    {t("at", { date: format.date(item.createdAt), time: format.time(item.createdAt) })}
                  </time>{" "}
                  · <Link href={item.path}>{t("open")}</Link>
                </p>
              </div>
              {item.readAt ? null : (
                <ActionForm
                  action={markNotificationRead}
                  hidden={{ notificationId: item.id, page: String(page) }}
                  submit={{ label: t("markRead"), pendingLabel: t("marking"), tone: "secondary" }}
                  className="flex flex-col gap-2"
                />
              )}
            </li>
          ))}
        </ol>
      ) : (
        <p className="text-gray-800">{t("none")}</p>
      )}
      <Pagination
        pathname="/notifications"
        searchParams={query}
        page={page}
        pageCount={pageCount}
        total={total}
      />
      <Section
        id="preferences-heading"
        title={t("preferencesHeading")}
        lead={t("preferencesExplanation")}
        className="mt-10"
      >
        <ActionForm
          action={saveNotificationPreferences}
          submit={{ label: t("save"), pendingLabel: t("saving") }}
          className="flex flex-col gap-4"
        >
          {notificationKinds.map((kind) => (
            <RadioGroup
              key={kind}
              name={kind}
              label={t(`kinds.${kind}`)}
              options={deliveries.map((delivery) => ({
                value: delivery,
                label: t(`deliveries.${delivery}`),
              }))}
              defaultValue={preferences[kind]}
              required
            />
          ))}
        </ActionForm>
      </Section>
    </div>
  );
}
