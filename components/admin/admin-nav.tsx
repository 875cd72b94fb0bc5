"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export const adminSections = [
  { href: "/admin/partnerships", label: "City pairings" },
  { href: "/admin/recommendations", label: "Recommendations" },
  { href: "/admin/moderation", label: "Moderation" },
  { href: "/admin/organizations", label: "Organisations" },
  { href: "/admin/users", label: "Users" },
  { href: "/admin/audit", label: "Audit log" },
];

// A client component only to mark the current section for screen readers (aria-current).
export function AdminNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Admin" className="mb-6 rounded-lg bg-gray-50 px-4 py-3 text-sm">
      <ul className="flex flex-wrap gap-x-5 gap-y-1">
        <li>
          <Link href="/admin" aria-current={pathname === "/admin" ? "page" : undefined}>
            Admin overview
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
                {section.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
