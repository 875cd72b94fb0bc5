import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { OrganiserNames } from "@/components/workshops/organiser-names";
import { Link } from "@/i18n/navigation";
import { getFormat } from "@/lib/format";
import { countryName } from "@/lib/places";
import { listWorkshops } from "@/lib/queries/workshops";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("workshops.index");
  return { title: t("title"), description: t("description") };
}

export default async function WorkshopsPage() {
  const [workshops, t, format, locale] = await Promise.all([
    listWorkshops(),
    getTranslations("workshops.index"),
    getFormat(),
    getLocale(),
  ]);
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      {workshops.length ? (
        <ul className="divide-y divide-gray-200">
          {workshops.map((workshop) => (
            <li key={workshop.slug} className="py-4">
              <h2 className="text-lg font-semibold">
                <Link href={`/workshops/${workshop.slug}`} lang={workshop.language}>
                  {workshop.title}
                </Link>
              </h2>
              <p className="mt-1 text-gray-800">
                {workshop.place}, {countryName(workshop.country, locale)} ·{" "}
                {format.dateRange(workshop.startDate, workshop.endDate)}
              </p>
              <p className="mt-1 text-sm text-gray-700">
                {t.rich("organisedBy", {
                  organisers: () => <OrganiserNames organisers={workshop.organisers} />,
                })}{" "}
                · {t("recommendations", { count: workshop._count.recommendations })}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState title={t("empty")} />
      )}
    </>
  );
}
