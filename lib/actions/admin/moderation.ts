"use server";

import { getLocale, getTranslations } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
import { recordChange } from "@/lib/audit";
import { db } from "@/lib/db";
import { refuse, type CurrentUser } from "@/lib/dal";
import { notifyModeration } from "@/lib/notifications/events";
import { entryPaths, getEntryVisibility, setEntryVisibility } from "@/lib/entries";
import type { EntryTarget } from "@/lib/validations/entry-target";
import { DismissReportSchema, HideEntrySchema, RestoreEntrySchema } from "@/lib/validations/moderation";
import { formAction } from "../action";
import { revalidatePages } from "@/lib/revalidate";

// This module's messages, in the request's language.
const outcome = async (key: string, values?: Record<string, string>) =>
  (await getTranslations("outcomes.moderation"))(key, values);

function revalidateEntry(target: EntryTarget, slug?: string) {
  const paths = entryPaths(target, slug);
  revalidatePages(paths.page, paths.list, "/", "/admin/moderation");
}

// Hides the entry with a reason shown at its address, and closes its open reports.
export const hideEntry = formAction("admin", HideEntrySchema, async ({ target, reason }, admin) => {
  await setVisibility(admin, target, { visibility: "HIDDEN", hiddenReason: reason });
  // Back to the queue with a notice: the form that was used has left the page.
  redirect({ href: "/admin/moderation?notice=hidden", locale: await getLocale() });
});

export const restoreEntry = formAction("admin", RestoreEntrySchema, async ({ target }, admin) => {
  await setVisibility(admin, target, { visibility: "PUBLISHED", hiddenReason: null });
  redirect({ href: "/admin/moderation?notice=restored", locale: await getLocale() });
});

// Writes and audits the entry's visibility, tells its organisation when it changed, and
// closes the entry's open reports when it is hidden.
async function setVisibility(
  admin: CurrentUser,
  target: EntryTarget,
  after: { visibility: "HIDDEN"; hiddenReason: string } | { visibility: "PUBLISHED"; hiddenReason: null },
) {
  const hidden = after.visibility === "HIDDEN";
  const entry = await db.$transaction(async (tx) => {
    const before = await getEntryVisibility(tx, target);
    if (!before) refuse(await outcome("entryMissing"));
    await setEntryVisibility(tx, target, after);
    if (hidden)
      await tx.report.updateMany({
        where: { ...target, status: "OPEN" },
        data: { status: "ENTRY_HIDDEN", resolvedById: admin.id, resolvedAt: new Date() },
      });
    const entity: [string, string] = [entryPaths(target).entityType, before.id];
    await recordChange(tx, admin.id, hidden ? "entry.hide" : "entry.restore", entity, before, after);
    if (before.visibility !== after.visibility)
      await notifyModeration(
        tx,
        target,
        after.visibility === "HIDDEN" ? { hidden: true, reason: after.hiddenReason } : { hidden: false },
      );
    return before;
  });
  revalidateEntry(target, "slug" in entry ? entry.slug : undefined);
}

// Closes a report without touching the entry.
export const dismissReport = formAction("admin", DismissReportSchema, async ({ reportId }, admin) => {
  await db.$transaction(async (tx) => {
    const report = await tx.report.findUnique({ where: { id: reportId }, select: { status: true } });
    if (!report) refuse(await outcome("reportMissing"));
    if (report.status !== "OPEN") refuse(await outcome("reportClosed"));
    await tx.report.update({
      where: { id: reportId },
      data: { status: "DISMISSED", resolvedById: admin.id, resolvedAt: new Date() },
    });
    await recordChange(tx, admin.id, "report.dismiss", ["Report", reportId], report, { status: "DISMISSED" });
  });
  revalidatePages("/admin/moderation");
  redirect({ href: "/admin/moderation?notice=dismissed", locale: await getLocale() });
});
