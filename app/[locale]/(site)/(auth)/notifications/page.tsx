import type { Metadata } from "next";
import Link from "next/link";
import { Notice } from "@/components/admin/notice";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requireUser } from "@/lib/dal";
import { formatDate, plural } from "@/lib/format";
import {
  countUnreadNotifications,
  getNotificationPreferences,
  listNotifications,
} from "@/lib/queries/notifications";
import { first, type SearchParams } from "@/lib/search-params";
import {
  MarkAllReadForm,
  MarkReadForm,
  PreferencesForm,
  UnreadCountAnnouncer,
} from "./_components/notification-forms";

export const metadata: Metadata = { title: "Notifications" };

const timeFormat = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: "UTC" });

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser("/notifications");
  const query = await searchParams;
  const requestedPage = Math.max(1, Math.floor(Number(first(query.page)) || 1));
  const [{ items, total, page, pageCount }, unread, preferences] = await Promise.all([
    listNotifications(user.id, requestedPage),
    countUnreadNotifications(user.id),
    getNotificationPreferences(user.id),
  ]);

  return (
    <div className="max-w-3xl">
      <PageHeader
        title="Notifications"
        lead={unread ? `${plural(unread, "unread notification")}.` : "Nothing unread."}
      />
      <UnreadCountAnnouncer unread={unread} />
      <Notice
        params={query}
        messages={{ read: "Marked as read.", allRead: "All your notifications are marked as read." }}
      />
      {unread ? (
        <div className="mb-4">
          <MarkAllReadForm page={page} />
        </div>
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
                      <Badge tone="warning">Unread</Badge>{" "}
                    </>
                  )}
                  {item.message}
                </p>
                <p className="text-sm text-gray-700">
                  <time dateTime={item.createdAt.toISOString()}>
                    {formatDate(item.createdAt)}, {timeFormat.format(item.createdAt)} UTC
                  </time>{" "}
                  · <Link href={item.path}>Open</Link>
                </p>
              </div>
              {item.readAt ? null : <MarkReadForm notificationId={item.id} page={page} />}
            </li>
          ))}
        </ol>
      ) : (
        <p className="text-gray-800">
          No notifications yet. They come when another organisation endorses your organisation&apos;s entries,
          when moderators or admins change them, and about requests to join.
        </p>
      )}
      <Pagination
        pathname="/notifications"
        searchParams={query}
        page={page}
        pageCount={pageCount}
        total={total}
      />
      <section aria-labelledby="preferences-heading" className="mt-10">
        <h2 id="preferences-heading" className="mb-2 text-xl font-semibold">
          How each kind reaches you
        </h2>
        <p className="mb-4 text-gray-800">
          Every notification is listed here. Besides, it can come by e-mail at once, or with the others of the
          day in one daily digest. A change applies to notifications from now on.
        </p>
        <PreferencesForm saved={preferences} />
      </section>
    </div>
  );
}
