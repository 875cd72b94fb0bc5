import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { entryPageMetadata, readEntryPage } from "@/components/entries/entry-page";
import { SourceClaims } from "@/components/meetings/source-claims";
import { SampleBadge } from "@/components/ui/badge";
import { Facts } from "@/components/ui/facts";
import { LinkList } from "@/components/ui/link-list";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { SourceList } from "@/components/ui/source-list";
import { Link } from "@/i18n/navigation";
import { countryName } from "@/lib/places";
import { getFormat, type Format } from "@/lib/format";
import { label, meetingTitle } from "@/lib/labels";
import { getMeetingBySlug, type MeetingDetail } from "@/lib/queries/meetings";

type Props = { params: Promise<{ slug: string }> };

const placeAndDates = (meeting: MeetingDetail, format: Format, locale: string) =>
  `${meeting.city}, ${countryName(meeting.country, locale)}, ${format.dateRange(meeting.startDate, meeting.endDate)}`;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return entryPageMetadata(getMeetingBySlug((await params).slug), "meetings.meeting", async (meeting, t) => {
    const tLabels = await getTranslations("labels");
    return {
      title: meetingTitle(tLabels, meeting),
      description: t("description", {
        kind: label(tLabels, "meetingKind", meeting.kind),
        place: placeAndDates(meeting, await getFormat(), await getLocale()),
      }),
      path: `/meetings/${meeting.slug}`,
    };
  });
}

export default async function MeetingPage({ params }: Props) {
  const tLabels = await getTranslations("labels");
  const [{ entry: meeting, t }, format] = await Promise.all([
    readEntryPage(getMeetingBySlug((await params).slug), "meetings.meeting"),
    getFormat(),
  ]);
  const locale = await getLocale();
  // One recommendation can reach a meeting in several steps; it is listed once.
  const forwarded = [...new Map(meeting.recommendationChanges.map((c) => [c.recommendation.id, c])).values()];
  const datesDisagree = meeting._count.claims > 1;

  return (
    <article>
      <PageHeader title={meetingTitle(tLabels, meeting)} lead={placeAndDates(meeting, format, locale)} />
      <Facts
        items={[
          [t("facts.kind"), label(tLabels, "meetingKind", meeting.kind)],
          [t("facts.number"), meeting.number],
          [
            t("facts.place"),
            <span key="place">
              {meeting.city},{" "}
              <Link href={`/countries/${meeting.country.code}`}>{countryName(meeting.country, locale)}</Link>
            </span>,
          ],
          [
            t("facts.dates"),
            datesDisagree ? (
              <span key="dates">
                {t.rich("datesDisputed", {
                  dates: format.dateRange(meeting.startDate, meeting.endDate),
                  claims: (chunks) => <a href="#claims">{chunks}</a>,
                })}
              </span>
            ) : (
              format.dateRange(meeting.startDate, meeting.endDate)
            ),
          ],
          [t("facts.theme"), meeting.theme],
          [t("facts.note"), meeting.note],
        ]}
      />
      <SourceList sources={meeting.sources} />
      <SourceClaims claims={meeting.claims} />
      <LinkList
        id="workshops-heading"
        title={t("workshops")}
        empty={t("noWorkshops")}
        items={meeting.workshops.map(({ workshop }) => ({
          key: workshop.slug,
          href: `/workshops/${workshop.slug}`,
          label: workshop.title,
          detail: `${workshop.place}, ${format.dateRange(workshop.startDate, workshop.endDate)}`,
        }))}
      />
      <Section
        id="recommendations-heading"
        title={t("forwarded", { count: forwarded.length })}
        empty={forwarded.length ? null : t("noForwarded")}
        className="mt-8"
        headingGap="small"
      >
        <ul className="list-disc space-y-1 pl-5">
          {forwarded.map(({ id, note, recommendation }) => (
            <li key={id}>
              <Link href={`/recommendations/${recommendation.id}`}>{recommendation.title}</Link>{" "}
              {recommendation.isSample ? <SampleBadge /> : null}
              <span className="block text-sm text-gray-800">
                {note
                  ? t("fromWorkshopWithNote", { workshop: recommendation.workshop.title, note })
                  : t("fromWorkshop", { workshop: recommendation.workshop.title })}
              </span>
            </li>
          ))}
        </ul>
      </Section>
      <p className="mt-8">
        <Link href="/meetings">{t("all")}</Link>
      </p>
    </article>
  );
}
