"use server";

import { getLocale, getTranslations } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { refuse } from "@/lib/dal";
import { notifyModeration } from "@/lib/notifications/events";
import { entryPaths, getEntryVisibility, setEntryVisibility } from "@/lib/entries";
import type { EntryTarget } from "@/lib/validations/entry-target";
import { DismissReportSchema, HideEntrySchema, RestoreEntrySchema } from "@/lib/validations/moderation";
import { formAction } from "../action";
import { revalidatePages } from "@/lib/revalidate";

// This module's messages, in the request's language.
const outcome = async (key: string, values?: Record<string, string>) =>
  (await getTranslations("forms.outcomes.moderation"))(key, values);

function revalidateEntry(target: EntryTarget, slug?: string) {
  const paths = entryPaths(target, slug);
  revalidatePages(paths.page, paths.list, "/", "/admin/moderation");
}

// Hides the entry with a reason shown at its address, and closes its open reports.
export const hideEntry = formAction("admin", HideEntrySchema, async ({ target, reason }, admin) => {
  const entry = await db.$transaction(async (tx) => {
    const before = await getEntryVisibility(tx, target);
    if (!before) refuse(await outcome("entryMissing"));
    await setEntryVisibility(tx, target, { visibility: "HIDDEN", hiddenReason: reason });
    await tx.report.updateMany({
      where: { ...target, status: "OPEN" },
      data: { status: "ENTRY_HIDDEN", resolvedById: admin.id, resolvedAt: new Date() },
    });
    await recordAudit(tx, {
      actorId: admin.id,
      action: "entry.hide",
      entityType: entryPaths(target).entityType,
      entityId: before.id,
      before: { visibility: before.visibility, hiddenReason: before.hiddenReason },
      after: { visibility: "HIDDEN", hiddenReason: reason },
    });
    if (before.visibility !== "HIDDEN") await notifyModeration(tx, target, { hidden: true, reason });
    return before;
  });
  revalidateEntry(target, "slug" in entry ? entry.slug : undefined);
  // Back to the queue with a notice: the form that was used has left the page.
  redirect({ href: "/admin/moderation?notice=hidden", locale: await getLocale() });
});

export const restoreEntry = formAction("admin", RestoreEntrySchema, async ({ target }, admin) => {
  const entry = await db.$transaction(async (tx) => {
    const before = await getEntryVisibility(tx, target);
    if (!before) refuse(await outcome("entryMissing"));
    await setEntryVisibility(tx, target, { visibility: "PUBLISHED", hiddenReason: null });
    await recordAudit(tx, {
      actorId: admin.id,
      action: "entry.restore",
      entityType: entryPaths(target).entityType,
      entityId: before.id,
      before: { visibility: before.visibility, hiddenReason: before.hiddenReason },
      after: { visibility: "PUBLISHED", hiddenReason: null },
    });
    if (before.visibility !== "PUBLISHED") await notifyModeration(tx, target, { hidden: false });
    return before;
  });
  revalidateEntry(target, "slug" in entry ? entry.slug : undefined);
  redirect({ href: "/admin/moderation?notice=restored", locale: await getLocale() });
});

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
    await recordAudit(tx, {
      actorId: admin.id,
      action: "report.dismiss",
      entityType: "Report",
      entityId: reportId,
      before: { status: report.status },
      after: { status: "DISMISSED" },
    });
  });
  revalidatePages("/admin/moderation");
  redirect({ href: "/admin/moderation?notice=dismissed", locale: await getLocale() });
});
