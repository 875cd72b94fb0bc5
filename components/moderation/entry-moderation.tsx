import { useTranslations } from "next-intl";
import { HideEntryForm } from "@/components/admin/hide-entry-form";
import { labelOptions } from "@/lib/labels";
import type { EntryTarget } from "@/lib/validations/entry-target";
import type { ViewerSummary } from "@/lib/viewer";
import { ReportForm } from "./report-form";

export type EntryModerationProps = { target: EntryTarget; kind: "project" | "recommendation" };

// At the foot of an entry: members may report it, admins may also hide it at once.
// The actions check the role themselves. Rendered on the server for the entry's own
// view (<entry>/endorse), so only the forms' own words travel to the browser there, and
// in the browser by the island of its cached copy (entry-moderation-island.tsx).
export function EntryModeration({
  viewer,
  target,
  kind,
}: EntryModerationProps & { viewer: ViewerSummary | null }) {
  const t = useTranslations("moderation.forms");
  const tLabels = useTranslations("labels");
  if (!viewer) return null;
  return (
    <>
      <ReportForm target={target} kind={kind} reasons={labelOptions(tLabels, "reportReason")} />
      {viewer.admin ? (
        <details className="mt-3 rounded border border-red-200 p-3">
          <summary className="cursor-pointer text-sm text-red-800">{t("hideSummary", { kind })}</summary>
          <div className="mt-3 max-w-xl">
            <HideEntryForm target={target} rowKey="entry" />
          </div>
        </details>
      ) : null}
    </>
  );
}
