"use client";

import { useTranslations } from "next-intl";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { Link } from "@/i18n/navigation";

// The notifications page announces its fresh count, after marking read, by this event.
export const UNREAD_CHANGED = "notifications:unread";

// The header's link to /notifications with the viewer's unread count, asked for from
// the browser (/api/viewer/notifications) on each page so the page itself names no one.
// Without JavaScript it is the plain link.
export function NotificationsLink() {
  const t = useTranslations("layout.account");
  const pathname = usePathname();
  const [unread, setUnread] = useState<number | null>(null);
  useEffect(() => {
    let current = true;
    fetch("/api/viewer/notifications", { cache: "no-store" })
      .then((response) => (response.ok ? (response.json() as Promise<{ unread: number }>) : null))
      .then((answer) => {
        if (current && answer) setUnread(answer.unread);
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [pathname]);
  useEffect(() => {
    const update = (event: Event) => setUnread((event as CustomEvent<number>).detail);
    window.addEventListener(UNREAD_CHANGED, update);
    return () => window.removeEventListener(UNREAD_CHANGED, update);
  }, []);
  return (
    <Link href="/notifications" className="inline-flex items-center gap-1">
      {t("notifications")}{" "}
      {unread ? (
        <span className="bg-brand-700 rounded-full px-2 text-xs font-semibold text-white">
          {unread}
          <span className="sr-only"> {t("unread")}</span>
        </span>
      ) : null}
    </Link>
  );
}
