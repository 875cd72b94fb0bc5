import type { Metadata } from "next";
import { entryMetadata } from "@/lib/page-metadata";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SourceClaims } from "@/components/meetings/source-claims";
import { RecommendationList } from "@/components/recommendations/recommendation-list";
import { Facts } from "@/components/ui/facts";
import { PageHeader } from "@/components/ui/page-header";
import { MeetingList } from "@/components/workshops/meeting-list";
import { OrganiserNames } from "@/components/workshops/organiser-names";
import { formatDateRange, plural } from "@/lib/format";
import { getWorkshopBySlug } from "@/lib/queries/workshops";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const workshop = await getWorkshopBySlug((await params).slug);
  if (!workshop) return { title: "Workshop not found" };
  return entryMetadata({
    title: workshop.title,
    description: `ASEM workshop in ${workshop.place}, ${workshop.country.name} (${formatDateRange(workshop.startDate, workshop.endDate)}): its organisers, the meetings it reported to and its recommendations.`,
    path: `/workshops/${workshop.slug}`,
  });
}

export default async function WorkshopPage({ params }: Props) {
  const workshop = await getWorkshopBySlug((await params).slug);
  if (!workshop) notFound();
  const participants =
    workshop.participantCount === null && !workshop.participantNote ? null : (
      <>
        {workshop.participantCount === null ? null : (
          <span className="block">{plural(workshop.participantCount, "participant")}</span>
        )}
        {workshop.participantNote ? (
          <span className="block text-gray-700">{workshop.participantNote}</span>
        ) : null}
      </>
    );

  const disputed = (topic: string) =>
    workshop.claims.filter((claim) => claim.topic.includes(topic)).length > 1 ? (
      <>
        {" "}
        (as the press release gives it; <Link href="#claims">sources disagree</Link>)
      </>
    ) : null;

  return (
    <article>
      <PageHeader title={workshop.title} lead={workshop.summary} />
      <Facts
        items={[
          [
            "Place",
            <span key="place">
              {workshop.place},{" "}
              <Link href={`/countries/${workshop.country.code}`}>{workshop.country.name}</Link>
              {disputed("place")}
            </span>,
          ],
          [
            "Dates",
            <span key="dates">
              {formatDateRange(workshop.startDate, workshop.endDate)}
              {disputed("dates")}
            </span>,
          ],
          [
            "Organisers",
            <span key="organisers">
              <OrganiserNames organisers={workshop.organisers} />
              {disputed("organisers")}
            </span>,
          ],
          ["Participants", participants],
          [
            "Source",
            workshop.sourceUrl ? (
              <a href={workshop.sourceUrl}>{workshop.sourceTitle ?? workshop.sourceUrl}</a>
            ) : (
              workshop.sourceTitle
            ),
          ],
        ]}
      />
      <SourceClaims claims={workshop.claims} />
      <section aria-labelledby="meetings-heading" className="mt-8">
        <h2 id="meetings-heading" className="mb-2 text-xl font-semibold">
          Meetings its recommendations went to
        </h2>
        {workshop.meetings.length ? (
          <MeetingList meetings={workshop.meetings.map(({ meeting }) => meeting)} />
        ) : (
          <p className="text-gray-700">No meeting is recorded for this workshop.</p>
        )}
      </section>
      <section aria-labelledby="recommendations-heading" className="mt-8">
        <h2 id="recommendations-heading" className="text-xl font-semibold">
          Recommendations ({workshop.recommendations.length})
        </h2>
        {workshop.recommendations.length ? (
          <RecommendationList recommendations={workshop.recommendations} headingLevel={3} />
        ) : (
          <p className="text-gray-700">No recommendation from this workshop is published.</p>
        )}
        <p className="mt-2 flex flex-wrap gap-4">
          <Link href={`/workshops/${workshop.slug}/recommendations/new`}>Submit a recommendation</Link>
          <Link href={`/recommendations?workshop=${workshop.slug}`}>
            Search and filter this workshop&apos;s recommendations
          </Link>
        </p>
      </section>
    </article>
  );
}
