import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { SourceList } from "@/components/ui/source-list";
import { EndorsementSection } from "@/components/endorsements/endorsement-section";
import {
  EntryViewerModeration,
  EntryViewerPanel,
  type EntryViewer,
} from "@/components/entries/entry-viewer-panel";
import { RecommendationTimeline } from "@/components/recommendations/recommendation-timeline";
import { Badge, SampleBadge, UnverifiedBadge } from "@/components/ui/badge";
import { Facts } from "@/components/ui/facts";
import { HiddenEntry } from "@/components/ui/hidden-entry";
import { projectLinks } from "@/components/entries/entry-links";
import { LinkList } from "@/components/ui/link-list";
import { Markdown } from "@/components/ui/markdown";
import { PageHeader } from "@/components/ui/page-header";
import { Link } from "@/i18n/navigation";
import { getFormat } from "@/lib/format";
import { label, meetingTitle } from "@/lib/labels";
import { getRecommendation } from "@/lib/queries/recommendations";

// A recommendation's page: app/(site)/recommendations/[id] renders it on request for
// its viewer, app/cached/…/recommendations/[id] once for everyone.
export async function RecommendationEntry({ id, viewer }: { id: string; viewer: EntryViewer }) {
  const tLabels = await getTranslations("labels");
  const [recommendation, t, format] = await Promise.all([
    getRecommendation(id),
    getTranslations("recommendations.entry"),
    getFormat(),
  ]);
  if (!recommendation) notFound();
  if (recommendation.visibility === "HIDDEN")
    return <HiddenEntry kind="recommendation" reason={recommendation.hiddenReason} />;
  const meeting = recommendation.forwardedToMeeting;
  const submitter = recommendation.submittedByOrganisation;
  const target = { recommendationId: recommendation.id };
  const path = `/recommendations/${recommendation.id}`;
  const entry = { recommendation: recommendation.id };

  return (
    <article>
      <PageHeader title={<span lang={recommendation.language}>{recommendation.title}</span>}>
        <p className="mt-2 flex flex-wrap gap-2">
          <Badge tone="brand">{label(tLabels, "recommendationStatus", recommendation.status)}</Badge>
          {recommendation.isSample ? <SampleBadge /> : null}
          {submitter ? <UnverifiedBadge status={submitter.verificationStatus} /> : null}
        </p>
        <EntryViewerPanel viewer={viewer} entry={entry} path={path} part="edit" />
      </PageHeader>
      <div lang={recommendation.language}>
        <Markdown text={recommendation.text} />
      </div>
      <h2 className="mt-8 mb-3 text-xl font-semibold">{t("details")}</h2>
      <Facts
        items={[
          [
            t("facts.workshop"),
            <Link key="w" href={`/workshops/${recommendation.workshop.slug}`}>
              {recommendation.workshop.title}
            </Link>,
          ],
          [
            t("facts.audiences"),
            recommendation.audiences.map((audience) => label(tLabels, "audience", audience)).join(", "),
          ],
          [
            t("facts.submittedBy"),
            submitter ? (
              <Link href={`/organizations/${submitter.slug}`}>{submitter.name}</Link>
            ) : (
              recommendation.submittedByLabel
            ),
          ],
          [t("facts.submitted"), format.date(recommendation.submittedAt)],
          [t("facts.status"), label(tLabels, "recommendationStatus", recommendation.status)],
          [
            t("facts.forwardedTo"),
            meeting ? (
              <span key="meeting">
                <Link href={`/meetings/${meeting.slug}`}>{meetingTitle(tLabels, meeting)}</Link>,{" "}
                {meeting.city}, {format.dateRange(meeting.startDate, meeting.endDate)}
              </span>
            ) : null,
          ],
        ]}
      />
      {/* A recommendation no account submitted is the workshop's own: its source says so. */}
      {!recommendation.isSample && recommendation.submittedByLabel && recommendation.workshop.sourceUrl ? (
        <SourceList label={t("source")} sources={[recommendation.workshop.sourceUrl]} />
      ) : null}
      <RecommendationTimeline title={t("history")} changes={recommendation.statusChanges} />
      <EndorsementSection
        target={target}
        path={path}
        viewerPanel={<EntryViewerPanel viewer={viewer} entry={entry} path={path} part="endorsement" />}
      />
      <LinkList title={t("projects")} empty={t("noProjects")} items={projectLinks(recommendation.projects)} />
      <EntryViewerModeration viewer={viewer} entry={entry} target={target} kind="recommendation" />
    </article>
  );
}
