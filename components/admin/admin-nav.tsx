import Link from "next/link";

export const adminSections = [
  { href: "/admin/partnerships", label: "City pairings" },
  { href: "/admin/recommendations", label: "Recommendations" },
  { href: "/admin/moderation", label: "Moderation" },
  { href: "/admin/organizations", label: "Organisations" },
  { href: "/admin/users", label: "Users" },
  { href: "/admin/audit", label: "Audit log" },
];

// The admin area's own navigation, above every admin page.
export function AdminNav() {
  return (
    <nav aria-label="Admin" className="mb-6 rounded bg-gray-50 p-3 text-sm">
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        <li>
          <Link href="/admin" className="font-semibold">
            Admin
          </Link>
        </li>
        {adminSections.map((section) => (
          <li key={section.href}>
            <Link href={section.href}>{section.label}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
