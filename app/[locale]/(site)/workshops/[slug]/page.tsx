import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
import { entryPageMetadata, readEntryPage } from "@/components/entries/entry-page";
import { SourceClaims } from "@/components/meetings/source-claims";
import { RecommendationList } from "@/components/recommendations/recommendation-list";
import { Facts } from "@/components/ui/facts";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { MeetingList } from "@/components/workshops/meeting-list";
import { OrganiserNames } from "@/components/workshops/organiser-names";
import { Link } from "@/i18n/navigation";
import { countryName } from "@/lib/places";
import { getFormat } from "@/lib/format";
import { getWorkshopBySlug } from "@/lib/queries/workshops";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return entryPageMetadata(
    getWorkshopBySlug((await params).slug),
    "workshops.workshop",
    async (workshop, t) => ({
      title: workshop.title,
      description: t("description", {
        place: `${workshop.place}, ${countryName(workshop.country, await getLocale())}`,
        dates: (await getFormat()).dateRange(workshop.startDate, workshop.endDate),
      }),
      path: `/workshops/${workshop.slug}`,
    }),
  );
}

export default async function WorkshopPage({ params }: Props) {
  const [{ entry: workshop, t }, format] = await Promise.all([
    readEntryPage(getWorkshopBySlug((await params).slug), "workshops.workshop"),
    getFormat(),
  ]);
  const locale = await getLocale();
  const participants =
    workshop.participantCount === null && !workshop.participantNote ? null : (
      <>
        {workshop.participantCount === null ? null : (
          <span className="block">{t("participantCount", { count: workshop.participantCount })}</span>
        )}
        {workshop.participantNote ? (
          <span className="block text-gray-700">{workshop.participantNote}</span>
        ) : null}
      </>
    );

  const disputed = (topic: string) =>
    workshop.claims.filter((claim) => claim.topic.includes(topic)).length > 1 ? (
      <> {t.rich("disputed", { claims: (chunks) => <a href="#claims">{chunks}</a> })}</>
    ) : null;

  return (
    <article>
      <PageHeader title={workshop.title} lead={workshop.summary} />
      <Facts
        items={[
          [
            t("facts.place"),
            <span key="place">
              {workshop.place},{" "}
              <Link href={`/countries/${workshop.country.code}`}>
                {countryName(workshop.country, locale)}
              </Link>
              {disputed("place")}
            </span>,
          ],
          [
            t("facts.dates"),
            <span key="dates">
              {format.dateRange(workshop.startDate, workshop.endDate)}
              {disputed("dates")}
            </span>,
          ],
          [
            t("facts.organisers"),
            <span key="organisers">
              <OrganiserNames organisers={workshop.organisers} />
              {disputed("organisers")}
            </span>,
          ],
          [t("facts.participants"), participants],
          [
            t("facts.source"),
            workshop.sourceUrl ? (
              <a href={workshop.sourceUrl}>{workshop.sourceTitle ?? workshop.sourceUrl}</a>
            ) : (
              workshop.sourceTitle
            ),
          ],
        ]}
      />
      <SourceClaims claims={workshop.claims} />
      <Section
        id="meetings-heading"
        title={t("meetings")}
        empty={workshop.meetings.length ? null : t("noMeetings")}
        className="mt-8"
        headingGap="small"
      >
        <MeetingList meetings={workshop.meetings.map(({ meeting }) => meeting)} />
      </Section>
      <Section
        id="recommendations-heading"
        title={t("recommendations", { count: workshop.recommendations.length })}
        headingGap="none"
        empty={workshop.recommendations.length ? null : t("noRecommendations")}
        footer={
          <p className="mt-2 flex flex-wrap gap-4">
            <Link href={`/workshops/${workshop.slug}/recommendations/new`}>{t("submit")}</Link>
            <Link href={`/recommendations?workshop=${workshop.slug}`}>{t("filter")}</Link>
          </p>
        }
      >
        <RecommendationList items={workshop.recommendations} headingLevel={3} />
      </Section>
    </article>
  );
}
