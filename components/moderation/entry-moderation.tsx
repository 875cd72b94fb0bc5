import { HideEntryForm } from "@/components/admin/moderation-forms";
import type { CurrentUser } from "@/lib/dal";
import type { EntryTarget } from "@/lib/validations/entry-target";
import { ReportForm } from "./report-form";

// At the foot of an entry: members may report it, admins may also hide it at once.
export function EntryModeration({
  viewer,
  target,
  kind,
}: {
  viewer: CurrentUser | null;
  target: EntryTarget;
  kind: "project" | "recommendation";
}) {
  if (!viewer) return null;
  return (
    <>
      <ReportForm target={target} kind={kind} />
      {viewer.role === "ADMIN" ? (
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
