"use client";

import { useTranslations } from "next-intl";
import { HideEntryForm } from "@/components/admin/hide-entry-form";
import { useViewer } from "@/components/viewer/use-viewer";
import type { ViewerEntryRef } from "@/lib/queries/viewer-entry";
import type { EntryTarget } from "@/lib/validations/entry-target";
import type { ViewerSummary } from "@/lib/viewer";
import { ReportForm } from "./report-form";

type Props = { target: EntryTarget; kind: "project" | "recommendation" };

// At the foot of an entry: members may report it, admins may also hide it at once.
// The actions check the role themselves.
export function EntryModeration({ viewer, target, kind }: Props & { viewer: ViewerSummary | null }) {
  const t = useTranslations("moderation");
  if (!viewer) return null;
  return (
    <>
      <ReportForm target={target} kind={kind} />
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

// On an entry's cached copy: for whoever /api/viewer says is viewing (without
// JavaScript, the entry's own page at <entry>/endorse has these forms).
export function EntryModerationIsland({ entry, ...props }: Props & { entry: ViewerEntryRef }) {
  const answer = useViewer(entry);
  if (answer === "waiting" || answer === "failed") return null;
  return <EntryModeration viewer={answer.user} {...props} />;
}
