"use client";

import { useTranslations } from "next-intl";
import { Link, usePathname } from "@/i18n/navigation";

const adminSections = [
  { href: "/admin/partnerships", label: "partnerships" },
  { href: "/admin/recommendations", label: "recommendations" },
  { href: "/admin/moderation", label: "moderation" },
  { href: "/admin/organizations", label: "organisations" },
  { href: "/admin/users", label: "users" },
  { href: "/admin/audit", label: "audit" },
] as const;

// A client component only to mark the current section for screen readers (aria-current).
export function AdminNav() {
  const pathname = usePathname();
  const t = useTranslations("admin.nav");
  return (
    <nav aria-label={t("label")} className="mb-6 rounded-lg bg-gray-50 px-4 py-3 text-sm">
      <ul className="flex flex-wrap gap-x-5 gap-y-1">
        <li>
          <Link href="/admin" aria-current={pathname === "/admin" ? "page" : undefined}>
            {t("overview")}
          </Link>
        </li>
        {adminSections.map((section) => {
          const current = pathname === section.href || pathname.startsWith(`${section.href}/`);
          return (
            <li key={section.href}>
              <Link
                href={section.href}
                aria-current={current ? "page" : undefined}
                className="aria-[current=page]:font-semibold"
              >
                {t(section.label)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
