import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SourceClaims } from "@/components/meetings/source-claims";
import { SampleBadge } from "@/components/ui/badge";
import { Facts } from "@/components/ui/facts";
import { PageHeader } from "@/components/ui/page-header";
import { SourceList } from "@/components/ui/source-list";
import { formatDateRange } from "@/lib/format";
import { meetingKindLabels, meetingTitle } from "@/lib/labels";
import { entryMetadata } from "@/lib/page-metadata";
import { getMeetingBySlug, type MeetingDetail } from "@/lib/queries/meetings";

type Props = { params: Promise<{ slug: string }> };

const placeAndDates = (meeting: MeetingDetail) =>
  `${meeting.city}, ${meeting.country.name}, ${formatDateRange(meeting.startDate, meeting.endDate)}`;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const meeting = await getMeetingBySlug((await params).slug);
  if (!meeting) return { title: "Meeting not found" };
  return entryMetadata({
    title: meetingTitle(meeting),
    description: `${meetingKindLabels[meeting.kind]} in ${placeAndDates(meeting)}: the workshops and recommendations that reached it, and its sources.`,
    path: `/meetings/${meeting.slug}`,
  });
}

export default async function MeetingPage({ params }: Props) {
  const meeting = await getMeetingBySlug((await params).slug);
  if (!meeting) notFound();
  // One recommendation can reach a meeting in several steps; it is listed once.
  const forwarded = [...new Map(meeting.recommendationChanges.map((c) => [c.recommendation.id, c])).values()];
  const datesDisagree = meeting._count.claims > 1;

  return (
    <article>
      <PageHeader title={meetingTitle(meeting)} lead={placeAndDates(meeting)} />
      <Facts
        items={[
          ["Kind", meetingKindLabels[meeting.kind]],
          ["Number", meeting.number],
          [
            "Place",
            <span key="place">
              {meeting.city}, <Link href={`/countries/${meeting.country.code}`}>{meeting.country.name}</Link>
            </span>,
          ],
          [
            "Dates",
            datesDisagree ? (
              <span key="dates">
                {formatDateRange(meeting.startDate, meeting.endDate)} in the reference data;{" "}
                <Link href="#claims">sources disagree</Link>
              </span>
            ) : (
              formatDateRange(meeting.startDate, meeting.endDate)
            ),
          ],
          ["Theme", meeting.theme],
          ["Note", meeting.note],
        ]}
      />
      <SourceList sources={meeting.sources} />
      <SourceClaims claims={meeting.claims} />
      <section aria-labelledby="workshops-heading" className="mt-8">
        <h2 id="workshops-heading" className="mb-2 text-xl font-semibold">
          Workshops that reported to it
        </h2>
        {meeting.workshops.length ? (
          <ul className="list-disc space-y-1 pl-5">
            {meeting.workshops.map(({ workshop }) => (
              <li key={workshop.slug}>
                <Link href={`/workshops/${workshop.slug}`}>{workshop.title}</Link>, {workshop.place},{" "}
                {formatDateRange(workshop.startDate, workshop.endDate)}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-gray-700">No workshop in the portal reported to this meeting.</p>
        )}
      </section>
      <section aria-labelledby="recommendations-heading" className="mt-8">
        <h2 id="recommendations-heading" className="mb-2 text-xl font-semibold">
          Recommendations forwarded to it ({forwarded.length})
        </h2>
        {forwarded.length ? (
          <ul className="list-disc space-y-1 pl-5">
            {forwarded.map(({ id, note, recommendation }) => (
              <li key={id}>
                <Link href={`/recommendations/${recommendation.id}`}>{recommendation.title}</Link>{" "}
                {recommendation.isSample ? <SampleBadge /> : null}
                <span className="block text-sm text-gray-800">
                  From {recommendation.workshop.title}
                  {note ? `: ${note}` : ""}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-gray-700">No recommendation in the portal was forwarded to this meeting.</p>
        )}
      </section>
      <p className="mt-8">
        <Link href="/meetings">All ASEM meetings</Link>
      </p>
    </article>
  );
}
