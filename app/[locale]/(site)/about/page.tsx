import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SampleBadge } from "@/components/ui/badge";
import { linkTag } from "@/components/ui/link-tag";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { MeetingList } from "@/components/workshops/meeting-list";
import { Link } from "@/i18n/navigation";
import { listMeetings } from "@/lib/queries/meetings";
import { listPublications } from "@/lib/queries/overview";
import { listReferenceSources } from "@/lib/queries/reference-sources";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("about");
  return { title: t("title"), description: t("description") };
}

export default async function AboutPage() {
  const [datasets, publications, meetings, t] = await Promise.all([
    listReferenceSources(),
    listPublications(),
    listMeetings(),
    getTranslations("about"),
  ]);
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <Section
        id="sample-heading"
        title={t("sample.heading")}
        className="mb-10 rounded-lg border border-amber-300 bg-amber-50 p-4"
        headingGap="small"
      >
        <p className="text-gray-900">{t.rich("sample.text", { badge: () => <SampleBadge /> })}</p>
      </Section>
      <Section
        anchor="documented"
        id="documented-heading"
        title={t("documented.heading")}
        className="mb-10"
        headingGap="small"
      >
        <p className="text-gray-900">
          {t.rich("documented.text", {
            links: linkTag("/partnerships#documented-links"),
            poznan: linkTag("/meetings/cmm4"),
            haLong: linkTag("/workshops/ha-long-2010"),
          })}
        </p>
      </Section>
      <Section anchor="sources" id="documents-heading" title={t("documents.heading")} headingGap="small">
        <ul className="space-y-4">
          {publications.map((publication) => (
            <li key={publication.slug}>
              <h3 className="font-medium">
                {publication.url ? <a href={publication.url}>{publication.title}</a> : publication.title}
              </h3>
              <p className="text-sm text-gray-700">
                {publication.publisher}
                {publication.year ? `, ${publication.year}` : ""}
              </p>
              <p className="mt-1 text-gray-800">{publication.summary}</p>
              {publication.organisations.length ? (
                <p className="mt-1 text-sm text-gray-700">
                  {t("documents.organisations")}{" "}
                  {publication.organisations.map(({ organisation, role }, index) => (
                    <span key={organisation.slug}>
                      {index > 0 ? "; " : ""}
                      <Link href={`/organizations/${organisation.slug}`}>{organisation.name}</Link> ({role})
                    </span>
                  ))}
                </p>
              ) : null}
              {publication.workshopSlug ? (
                <p className="mt-1 text-sm">
                  <Link href={`/workshops/${publication.workshopSlug}`}>{t("documents.workshop")}</Link>
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      </Section>
      <Section
        anchor="datasets"
        id="datasets-heading"
        title={t("datasets.heading")}
        className="mt-10"
        headingGap="small"
      >
        {datasets.map((dataset) => (
          <section key={dataset.file} aria-labelledby={`dataset-${dataset.file}`} className="mt-6">
            <h3 id={`dataset-${dataset.file}`} className="font-semibold">
              {t(`datasets.titles.${dataset.file.replace(/\.json$/, "")}`)}
            </h3>
            <p className="mt-1 text-gray-800">{dataset.description}</p>
            <p className="mt-1 text-sm text-gray-700">
              {t("datasets.compiled", { asOf: dataset.asOf, count: dataset.sources.length })}
            </p>
            <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-gray-800">
              {dataset.sources.map((source, index) => (
                <li key={index}>{source}</li>
              ))}
            </ul>
          </section>
        ))}
      </Section>
      <Section
        anchor="meetings"
        id="meetings-heading"
        title={t("meetings.heading")}
        className="mt-10"
        headingGap="small"
      >
        <p className="mb-2">{t.rich("meetings.text", { meetings: linkTag("/meetings") })}</p>
        <MeetingList meetings={meetings} showTheme />
      </Section>
    </>
  );
}
