import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

export function SiteFooter() {
  const t = useTranslations("layout.footer");
  return (
    <footer className="mt-16 border-t border-gray-200 bg-gray-50">
      <div className="mx-auto max-w-6xl px-4 py-6 text-sm text-gray-700">
        <p>{t.rich("sources", { about: (chunks) => <Link href="/about">{chunks}</Link> })}</p>
        <p className="mt-2">
          {t.rich("openData", { developers: (chunks) => <Link href="/developers">{chunks}</Link> })}
        </p>
      </div>
    </footer>
  );
}
