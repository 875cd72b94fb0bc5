import type { Metadata } from "next";
import Link from "next/link";
import { SampleBadge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { MeetingList } from "@/components/workshops/meeting-list";
import { listMeetings } from "@/lib/queries/meetings";
import { listPublications } from "@/lib/queries/overview";
import { listReferenceSources } from "@/lib/queries/reference-sources";

export const metadata: Metadata = {
  title: "About the data",
  description:
    "What the portal's reference data on ASEM partners and meetings, European Capitals of Culture and Culture Cities of East Asia covers, the public sources it comes from, and which entries are sample data.",
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
        lead="The portal rests on reference data compiled from public sources: the ASEM partners and meetings, every European Capital of Culture and every Culture City of East Asia, and the 2010 Ha Long workshop with its recommendations."
      />
      <section
        aria-labelledby="sample-heading"
        className="mb-10 rounded-lg border border-amber-300 bg-amber-50 p-4"
      >
        <h2 id="sample-heading" className="mb-2 text-xl font-semibold">
          Sample data
        </h2>
        <p className="text-gray-900">
          Entries marked <SampleBadge /> are illustrative: the sample projects, organisations, city
          partnerships, endorsements and some recommendations show how the portal works and are not real
          records. All other entries (the ASEM partners and meetings, the European Capitals of Culture and
          Culture Cities of East Asia, the Ha Long workshop and its five recommendations) come from the
          sources listed below.
        </p>
      </section>
      <section id="documented" aria-labelledby="documented-heading" className="mb-10">
        <h2 id="documented-heading" className="mb-2 text-xl font-semibold">
          Documented links, real programmes and disputed facts
        </h2>
        <p className="text-gray-900">
          A file of facts found in public sources, each with its sources and a confidence (high where the
          source is the actor itself or a major outlet, medium otherwise), adds: the{" "}
          <Link href="/partnerships#documented-links">documented links</Link> between European Capitals of
          Culture and East Asian cities and among Culture Cities of East Asia, apart from the pairings the
          portal&apos;s team curates; the real ASEF programmes and named projects, as projects marked “From
          public sources” and led by their real organisations; and, where sources disagree (the dates of the{" "}
          <Link href="/meetings/cmm4">Poznan ministers&apos; meeting</Link>, the dates, place and organisers
          of the <Link href="/workshops/ha-long-2010">Ha Long workshop</Link>), every claim with its source.
        </p>
      </section>
      <section id="sources" aria-labelledby="documents-heading">
        <h2 id="documents-heading" className="mb-2 text-xl font-semibold">
          Source documents
        </h2>
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
                  Organisations:{" "}
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
                  <Link href={`/workshops/${publication.workshopSlug}`}>The workshop it reports on</Link>
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
      <section id="datasets" aria-labelledby="datasets-heading" className="mt-10">
        <h2 id="datasets-heading" className="mb-2 text-xl font-semibold">
          Reference datasets and their sources
        </h2>
        {datasets.map((dataset) => (
          <section key={dataset.file} aria-labelledby={`dataset-${dataset.file}`} className="mt-6">
            <h3 id={`dataset-${dataset.file}`} className="font-semibold">
              {dataset.title}
            </h3>
            <p className="mt-1 text-gray-800">{dataset.description}</p>
            <p className="mt-1 text-sm text-gray-700">
              Compiled {dataset.asOf} from {dataset.sources.length} sources:
            </p>
            <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-gray-800">
              {dataset.sources.map((source, index) => (
                <li key={index}>{source}</li>
              ))}
            </ul>
          </section>
        ))}
      </section>
      <section id="meetings" aria-labelledby="meetings-heading" className="mt-10">
        <h2 id="meetings-heading" className="mb-2 text-xl font-semibold">
          ASEM summits and culture ministers&apos; meetings
        </h2>
        <p className="mb-2">
          Each has <Link href="/meetings">a page of its own</Link>, with the workshops and recommendations
          that reached it.
        </p>
        <MeetingList meetings={meetings} showTheme />
      </section>
    </>
  );
}
