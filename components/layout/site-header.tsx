"use client";

// A client component: its account area is the viewer's own, an island on cached pages.
// It renders on the server all the same, and signing out works without JavaScript.
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Link } from "@/i18n/navigation";
import { signOut } from "@/lib/actions/auth";
import { useViewer } from "@/components/viewer/use-viewer";
import type { ViewerSummary } from "@/lib/viewer";
import { NotificationsLink } from "./notifications-link";

const mainNavigation = [
  { href: "/projects", label: "projects" },
  { href: "/partnerships", label: "partnerships" },
  { href: "/cities", label: "cities" },
  { href: "/workshops", label: "workshops" },
  { href: "/recommendations", label: "recommendations" },
  { href: "/organizations", label: "organisations" },
  { href: "/countries", label: "countries" },
] as const;

// The same for every viewer but its account area: given the viewer on pages rendered
// on request, asked for from /api/viewer on the cached ones (lib/cached-pages.ts).
export function SiteHeader({
  viewer,
  languageSwitcher,
}: {
  viewer?: ViewerSummary | null;
  languageSwitcher: ReactNode;
}) {
  const t = useTranslations("layout");
  const site = useTranslations("site");
  return (
    <header className="border-b border-gray-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-col gap-3 px-4 py-4">
        {/* The account area shares a row with the site's name, never with the main
            navigation: its width, known only once the viewer is, cannot make that wrap. */}
        <div className="flex flex-col gap-3 lg:flex-row lg:items-center lg:justify-between">
          <Link href="/" className="text-lg font-semibold text-gray-900 no-underline hover:no-underline">
            {site("siteName")}
          </Link>
          {/* On a phone the account area has a line of its own that never wraps (a long
              name is shortened): a member's is as high as a visitor's. */}
          <div className="flex flex-col items-start gap-2 sm:flex-row sm:flex-wrap sm:items-center sm:gap-x-4">
            <nav aria-label={t("header.accountNavigation")} className="w-full min-w-0 text-sm sm:w-auto">
              {viewer === undefined ? <AskedAccountArea /> : <AccountArea viewer={viewer} />}
            </nav>
            {languageSwitcher}
          </div>
        </div>
        <nav aria-label={t("header.mainNavigation")}>
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {mainNavigation.map((item) => (
              <li key={item.href}>
                <Link href={item.href}>{t(`nav.${item.label}`)}</Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}

function AskedAccountArea() {
  const t = useTranslations("layout.account");
  const answer = useViewer();
  if (answer === "waiting")
    return (
      <>
        <noscript>
          <Link href="/account">{t("yourAccount")}</Link>
        </noscript>
        {/* Holds a visitor's links' room, unseen, so that the header keeps its size when the answer comes. */}
        <div aria-hidden="true" inert className="invisible noscript:hidden">
          <AccountArea viewer={null} />
        </div>
      </>
    );
  return <AccountArea viewer={answer === "failed" ? null : answer.user} />;
}

function AccountArea({ viewer }: { viewer: ViewerSummary | null }) {
  const t = useTranslations("layout.account");
  if (!viewer)
    return (
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        <li>
          <Link href="/login">{t("signIn")}</Link>
        </li>
        <li>
          <Link href="/register">{t("register")}</Link>
        </li>
      </ul>
    );
  return (
    <ul className="flex items-center gap-x-4 gap-y-1 whitespace-nowrap sm:flex-wrap">
      <li className="min-w-0">
        <Link
          href="/account"
          aria-label={t("yourAccountNamed", { name: viewer.name })}
          title={viewer.name}
          className="block truncate"
        >
          {viewer.name}
        </Link>
      </li>
      {viewer.admin ? (
        <li className="shrink-0">
          <Link href="/admin">{t("admin")}</Link>
        </li>
      ) : null}
      {/* Its unread count comes from /api/viewer/notifications; it could ride on /api/viewer's ViewerSummary. */}
      <li className="shrink-0">
        <NotificationsLink />
      </li>
      <li className="shrink-0">
        <form action={signOut}>
          <button type="submit" className="text-brand-700 underline underline-offset-2">
            {t("signOut")}
          </button>
        </form>
      </li>
    </ul>
  );
}
