"use client";

// A client component for the weight of the pages, not for interactivity: Next puts
// the header into every page's payload three times (the page's own, and those of the
// root's not-found and forbidden pages it keeps ready), and as a client component
// each is one reference with the viewer's kind instead of the whole markup. It
// renders on the server all the same, and signing out works without JavaScript.
import Link from "next/link";
import { signOut } from "@/lib/actions/auth";
import type { ViewerKind } from "@/lib/cached-pages";
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

// A visitor's, a member's or an admin's (who also gets the admin link). It names no
// one, so one copy of a page serves every viewer of a kind.
export function SiteHeader({ viewer }: { viewer: ViewerKind }) {
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
          {viewer === "visitor" ? (
            <ul className="flex flex-wrap gap-x-4 gap-y-1">
              <li>
                <Link href="/login">Sign in</Link>
              </li>
              <li>
                <Link href="/register">Register</Link>
              </li>
            </ul>
          ) : (
            <ul className="flex flex-wrap items-center gap-x-4 gap-y-1">
              <li>
                <Link href="/account">Your account</Link>
              </li>
              <li>
                <NotificationsLink />
              </li>
              {viewer === "admin" ? (
                <li>
                  <Link href="/admin">Admin</Link>
                </li>
              ) : null}
              <li>
                <form action={signOut}>
                  <button type="submit" className="text-brand-700 underline underline-offset-2">
                    Sign out
                  </button>
                </form>
              </li>
            </ul>
          )}
        </nav>
      </div>
    </header>
  );
}
