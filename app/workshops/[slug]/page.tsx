import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RecommendationList } from "@/components/recommendations/recommendation-list";
import { Facts } from "@/components/ui/facts";
import { PageHeader } from "@/components/ui/page-header";
import { OrganiserNames } from "@/components/workshops/organiser-names";
import { formatDateRange } from "@/lib/format";
import { meetingKindLabels } from "@/lib/labels";
import { getWorkshopBySlug } from "@/lib/queries/workshops";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const workshop = await getWorkshopBySlug((await params).slug);
  if (!workshop) return { title: "Workshop not found" };
  return {
    title: workshop.title,
    description: `${workshop.place}, ${workshop.country.name}: the workshop and its recommendations.`,
  };
}

export default async function WorkshopPage({ params }: Props) {
  const workshop = await getWorkshopBySlug((await params).slug);
  if (!workshop) notFound();

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
            </span>,
          ],
          ["Dates", formatDateRange(workshop.startDate, workshop.endDate)],
          ["Organisers", <OrganiserNames key="organisers" organisers={workshop.organisers} />],
          ["Participants", workshop.participantNote ?? workshop.participantCount],
          [
            "Source",
            workshop.sourceUrl ? (
              <a href={workshop.sourceUrl}>{workshop.sourceTitle ?? workshop.sourceUrl}</a>
            ) : null,
          ],
        ]}
      />
      <section aria-labelledby="meetings-heading" className="mt-8">
        <h2 id="meetings-heading" className="mb-2 text-xl font-semibold">
          Recommendations submitted to
        </h2>
        <ul className="list-disc space-y-1 pl-5">
          {workshop.meetings.map(({ meeting }) => (
            <li key={meeting.slug}>
              {meeting.name} ({meetingKindLabels[meeting.kind]}), {meeting.city},{" "}
              {formatDateRange(meeting.startDate, meeting.endDate)}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="recommendations-heading" className="mt-8">
        <h2 id="recommendations-heading" className="text-xl font-semibold">
          Recommendations ({workshop.recommendations.length})
        </h2>
        <RecommendationList recommendations={workshop.recommendations} headingLevel={3} />
      </section>
    </article>
  );
}
