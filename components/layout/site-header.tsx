import Link from "next/link";

export const mainNavigation = [
  { href: "/projects", label: "Projects" },
  { href: "/partnerships", label: "City partnerships" },
  { href: "/cities", label: "Cities" },
  { href: "/workshops", label: "Workshops" },
  { href: "/recommendations", label: "Recommendations" },
  { href: "/organizations", label: "Organisations" },
  { href: "/countries", label: "Countries" },
];

export function SiteHeader() {
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
      </div>
    </header>
  );
}
