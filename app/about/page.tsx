import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { formatDateRange } from "@/lib/format";
import { meetingKindLabels } from "@/lib/labels";
import { listMeetings, listPublications } from "@/lib/queries/overview";
import { listReferenceSources } from "@/lib/reference-sources";

export const metadata: Metadata = {
  title: "About the data",
  description:
    "Where the portal's reference data on ASEM, European Capitals of Culture and Culture Cities of East Asia comes from.",
};

export default async function AboutPage() {
  const [datasets, publications, meetings] = await Promise.all([
    listReferenceSources(),
    listPublications(),
    listMeetings(),
  ]);
  return (
    <>
      <PageHeader
        title="About the data"
        lead="Reference facts come from public sources, listed below. Entries marked “Sample data” (projects, organisations, partnerships, some recommendations and endorsements) are illustrative and not real."
      />
      <section id="sources" aria-labelledby="documents-heading">
        <h2 id="documents-heading" className="mb-2 text-xl font-semibold">
          Source documents
        </h2>
        <ul className="space-y-4">
          {publications.map((publication) => (
            <li key={publication.slug}>
              <p className="font-medium">
                {publication.url ? <a href={publication.url}>{publication.title}</a> : publication.title} (
                {publication.publisher}
                {publication.year ? `, ${publication.year}` : ""})
              </p>
              <p className="text-gray-800">{publication.summary}</p>
              <p className="text-sm text-gray-700">
                {publication.organisations.map(({ organisation, role }, index) => (
                  <span key={organisation.slug}>
                    {index > 0 ? "; " : ""}
                    <Link href={`/organizations/${organisation.slug}`}>{organisation.name}</Link> ({role})
                  </span>
                ))}
              </p>
              {publication.workshopSlug ? (
                <Link href={`/workshops/${publication.workshopSlug}`}>The workshop</Link>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
      <section id="meetings" aria-labelledby="meetings-heading" className="mt-10">
        <h2 id="meetings-heading" className="mb-2 text-xl font-semibold">
          ASEM meetings
        </h2>
        <ul className="space-y-1">
          {meetings.map((meeting) => (
            <li key={meeting.slug}>
              <span className="font-medium">{meeting.name}</span> ({meetingKindLabels[meeting.kind]}),{" "}
              {meeting.city}, {meeting.country.name}, {formatDateRange(meeting.startDate, meeting.endDate)}
              {meeting.theme ? `: “${meeting.theme}”` : ""}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="datasets-heading" className="mt-10">
        <h2 id="datasets-heading" className="mb-2 text-xl font-semibold">
          Reference datasets and their sources
        </h2>
        {datasets.map((dataset) => (
          <details key={dataset.file} className="mb-3">
            <summary className="cursor-pointer font-medium">
              {dataset.title} (compiled {dataset.asOf}, {dataset.sources.length} sources)
            </summary>
            <ul className="mt-2 list-disc pl-5 text-sm text-gray-800">
              {dataset.sources.map((source) => (
                <li key={source}>{source}</li>
              ))}
            </ul>
          </details>
        ))}
      </section>
    </>
  );
}
