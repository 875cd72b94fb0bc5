import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { SourceClaims } from "@/components/meetings/source-claims";
import { SampleBadge } from "@/components/ui/badge";
import { Facts } from "@/components/ui/facts";
import { PageHeader } from "@/components/ui/page-header";
import { SourceList } from "@/components/ui/source-list";
import { Link } from "@/i18n/navigation";
import { getFormat, type Format } from "@/lib/format";
import { meetingKindLabels, meetingTitle } from "@/lib/labels";
import { entryMetadata } from "@/lib/page-metadata";
import { getMeetingBySlug, type MeetingDetail } from "@/lib/queries/meetings";

type Props = { params: Promise<{ slug: string }> };

const placeAndDates = (meeting: MeetingDetail, format: Format) =>
  `${meeting.city}, ${meeting.country.name}, ${format.dateRange(meeting.startDate, meeting.endDate)}`;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [meeting, t, format] = await Promise.all([
    getMeetingBySlug((await params).slug),
    getTranslations("meetings.meeting"),
    getFormat(),
  ]);
  if (!meeting) return { title: t("notFound") };
  return entryMetadata({
    title: meetingTitle(meeting),
    description: t("description", {
      kind: meetingKindLabels[meeting.kind],
      place: placeAndDates(meeting, format),
    }),
    path: `/meetings/${meeting.slug}`,
  });
}

export default async function MeetingPage({ params }: Props) {
  const [meeting, t, format] = await Promise.all([
    getMeetingBySlug((await params).slug),
    getTranslations("meetings.meeting"),
    getFormat(),
  ]);
  if (!meeting) notFound();
  // One recommendation can reach a meeting in several steps; it is listed once.
  const forwarded = [...new Map(meeting.recommendationChanges.map((c) => [c.recommendation.id, c])).values()];
  const datesDisagree = meeting._count.claims > 1;

  return (
    <article>
      <PageHeader title={meetingTitle(meeting)} lead={placeAndDates(meeting, format)} />
      <Facts
        items={[
          [t("facts.kind"), meetingKindLabels[meeting.kind]],
          [t("facts.number"), meeting.number],
          [
            t("facts.place"),
            <span key="place">
              {meeting.city}, <Link href={`/countries/${meeting.country.code}`}>{meeting.country.name}</Link>
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
      <section aria-labelledby="workshops-heading" className="mt-8">
        <h2 id="workshops-heading" className="mb-2 text-xl font-semibold">
          {t("workshops")}
        </h2>
        {meeting.workshops.length ? (
          <ul className="list-disc space-y-1 pl-5">
            {meeting.workshops.map(({ workshop }) => (
              <li key={workshop.slug}>
                <Link href={`/workshops/${workshop.slug}`}>{workshop.title}</Link>, {workshop.place},{" "}
                {format.dateRange(workshop.startDate, workshop.endDate)}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-gray-700">{t("noWorkshops")}</p>
        )}
      </section>
      <section aria-labelledby="recommendations-heading" className="mt-8">
        <h2 id="recommendations-heading" className="mb-2 text-xl font-semibold">
          {t("forwarded", { count: forwarded.length })}
        </h2>
        {forwarded.length ? (
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
        ) : (
          <p className="text-gray-700">{t("noForwarded")}</p>
        )}
      </section>
      <p className="mt-8">
        <Link href="/meetings">{t("all")}</Link>
      </p>
    </article>
  );
}
