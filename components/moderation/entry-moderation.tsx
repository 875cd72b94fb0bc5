import { HideEntryForm } from "@/components/admin/moderation-forms";
import type { ViewerKind } from "@/lib/cached-pages";
import type { EntryTarget } from "@/lib/validations/entry-target";
import { ReportForm } from "./report-form";

// At the foot of an entry: members may report it, admins may also hide it at once.
// The same for every viewer of a kind, so cached copies carry it; the actions check
// the role themselves.
export function EntryModeration({
  viewerKind,
  target,
  kind,
}: {
  viewerKind: ViewerKind;
  target: EntryTarget;
  kind: "project" | "recommendation";
}) {
  if (viewerKind === "visitor") return null;
  return (
    <>
      <ReportForm target={target} kind={kind} />
      {viewerKind === "admin" ? (
        <details className="mt-3 rounded border border-red-200 p-3">
          <summary className="cursor-pointer text-sm text-red-800">Hide this {kind} (admin)</summary>
          <div className="mt-3 max-w-xl">
            <HideEntryForm target={target} rowKey="entry" />
          </div>
        </details>
      ) : null}
    </>
  );
}
