import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { EndorsementSection } from "@/components/endorsements/endorsement-section";
import { SampleBadge } from "@/components/ui/badge";
import { HiddenEntry } from "@/components/ui/hidden-entry";
import { PageHeader } from "@/components/ui/page-header";
import { Link } from "@/i18n/navigation";
import type { CurrentUser } from "@/lib/dal";
import type { ViewerEntryRef } from "@/lib/queries/viewer-entry";
import { EntryViewerModeration, EntryViewerPanel } from "./entry-viewer-panel";
import { readEntry } from "./read-entry";

// An entry's own view (<entry>/endorse): what its signed-in viewer may do with it,
// rendered on request for them. The entry's cached copy leads here without JavaScript,
// and the forms here post back to it. The entry itself is one link away, on its cached
// copy: a page rendered on request costs the more, the more it shows.
export async function OwnEntryView({ entry, user }: { entry: ViewerEntryRef; user: CurrentUser }) {
  const [shown, t] = await Promise.all([readEntry(entry), getTranslations("endorsements.entry")]);
  if (!shown) notFound();
  if (shown.hiddenReason !== undefined) return <HiddenEntry kind={shown.kind} reason={shown.hiddenReason} />;

  return (
    <article>
      <PageHeader
        title={shown.title}
        lead={t(shown.kind === "project" ? "ownViewLeadProject" : "ownViewLeadRecommendation")}
      >
        {shown.isSample ? (
          <p className="mt-2">
            <SampleBadge />
          </p>
        ) : null}
        <p className="mt-3">
          <Link href={shown.path}>{t(shown.kind === "project" ? "projectPage" : "recommendationPage")}</Link>
        </p>
        <EntryViewerPanel viewer={{ user }} entry={entry} path={shown.path} part="edit" />
      </PageHeader>
      <EndorsementSection
        target={shown.target}
        path={shown.path}
        newest={false}
        viewerPanel={
          <EntryViewerPanel viewer={{ user }} entry={entry} path={shown.path} part="endorsement" />
        }
      />
      <EntryViewerModeration viewer={{ user }} entry={entry} target={shown.target} kind={shown.kind} />
    </article>
  );
}
