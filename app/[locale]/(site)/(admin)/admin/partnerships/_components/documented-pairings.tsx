import { getTranslations } from "next-intl/server";
import { documentedLinkName } from "@/components/documented-links/documented-link-list";
import { SourceList } from "@/components/ui/source-list";
import { Link } from "@/i18n/navigation";
import { documentedRationale, listPairableDocumentedLinks } from "@/lib/queries/documented-links";
import { PairForm } from "./pair-form";

// Documented links between two titles: an admin starts a curated pairing from one.
export async function DocumentedPairings() {
  const [pairable, t] = await Promise.all([
    listPairableDocumentedLinks(),
    getTranslations("admin.partnerships.documented"),
  ]);
  if (!pairable.length) return null;
  return (
    <section aria-labelledby="documented-pairings" className="mb-8">
      <h2 id="documented-pairings" className="mb-1 text-xl font-semibold">
        {t("heading")}
      </h2>
      <p className="mb-3 text-sm text-gray-800">{t("lead")}</p>
      <ul className="divide-y divide-gray-200">
        {pairable.map(({ link, titles, pairingId }) => (
          <li key={link.id} className="flex flex-wrap items-start justify-between gap-3 py-3">
            <div>
              <p>
                <span className="font-medium">{documentedLinkName(link)}</span>
                <span className="text-gray-700">
                  {" "}
                  · {link.kindLabel}
                  {link.date ? `, ${link.date}` : ""}
                </span>
              </p>
              <SourceList sources={link.sources} />
            </div>
            {pairingId ? (
              <Link href={`/admin/partnerships/${pairingId}`}>{t("alreadyPaired")}</Link>
            ) : (
              <PairForm
                ecocDesignationId={titles.ecoc}
                cceaDesignationId={titles.ccea}
                rationale={documentedRationale(link)}
                label={documentedLinkName(link)}
              />
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
