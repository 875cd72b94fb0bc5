"use client";

// A client component: its account area is the viewer's own, an island on cached pages.
// It renders on the server all the same, and signing out works without JavaScript.
import Link from "next/link";
import { signOut } from "@/lib/actions/auth";
import { useViewer } from "@/components/viewer/use-viewer";
import type { ViewerSummary } from "@/lib/viewer";
import { NotificationsLink } from "./notifications-link";

const mainNavigation = [
  { href: "/projects", label: "Projects" },
  { href: "/partnerships", label: "City partnerships" },
  { href: "/cities", label: "Cities" },
  { href: "/workshops", label: "Workshops" },
  { href: "/recommendations", label: "Recommendations" },
  { href: "/organizations", label: "Organisations" },
  { href: "/countries", label: "Countries" },
];

// The same for every viewer but its account area: given the viewer on pages rendered
// on request, asked for from /api/viewer on the cached ones (lib/cached-pages.ts).
export function SiteHeader({ viewer }: { viewer?: ViewerSummary | null }) {
  return (
    <header className="border-b border-gray-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-col gap-3 px-4 py-4 sm:flex-row sm:items-center sm:justify-between">
        <Link href="/" className="text-lg font-semibold text-gray-900 no-underline hover:no-underline">
          ASEM Culture Portal
        </Link>
        <nav aria-label="Main">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {mainNavigation.map((item) => (
              <li key={item.href}>
                <Link href={item.href}>{item.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <nav aria-label="Account" className="text-sm">
          {viewer === undefined ? <AskedAccountArea /> : <AccountArea viewer={viewer} />}
        </nav>
      </div>
    </header>
  );
}

function AskedAccountArea() {
  const answer = useViewer();
  if (answer === "waiting")
    return (
      <noscript>
        <Link href="/account">Your account</Link>
      </noscript>
    );
  return <AccountArea viewer={answer === "failed" ? null : answer.user} />;
}

function AccountArea({ viewer }: { viewer: ViewerSummary | null }) {
  if (!viewer)
    return (
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        <li>
          <Link href="/login">Sign in</Link>
        </li>
        <li>
          <Link href="/register">Register</Link>
        </li>
      </ul>
    );
  return (
    <ul className="flex flex-wrap items-center gap-x-4 gap-y-1">
      <li>
        <Link href="/account" aria-label={`Your account (${viewer.name})`}>
          {viewer.name}
        </Link>
      </li>
      {viewer.admin ? (
        <li>
          <Link href="/admin">Admin</Link>
        </li>
      ) : null}
      {/* Its unread count comes from /api/viewer/notifications; it could ride on /api/viewer's ViewerSummary. */}
      <li>
        <NotificationsLink />
      </li>
      <li>
        <form action={signOut}>
          <button type="submit" className="text-brand-700 underline underline-offset-2">
            Sign out
          </button>
        </form>
      </li>
    </ul>
  );
}
