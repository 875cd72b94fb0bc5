"use server";

import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db";
import { refuse } from "@/lib/dal";
import { authorise, can } from "@/lib/permissions";
import { getEntryVisibility } from "@/lib/entries";
import { ReportSchema } from "@/lib/validations/moderation";
import { formAction } from "./action";

// Any confirmed, approved member may report an entry; a report hides nothing by
// itself, it only puts the entry in the moderators' queue.
export const reportEntry = formAction("member", ReportSchema, async (input, user) => {
  await authorise(can(user, "report", null));
  const t = await getTranslations("outcomes.reports");
  const entry = await getEntryVisibility(db, input.target);
  if (!entry || entry.visibility !== "PUBLISHED") refuse(t("notReportable"));
  const alreadyOpen = await db.report.findFirst({
    where: { ...input.target, reporterId: user.id, status: "OPEN" },
    select: { id: true },
  });
  if (alreadyOpen) return { ok: true, message: t("alreadyReported") };
  await db.report.create({
    data: { ...input.target, reason: input.reason, comment: input.comment, reporterId: user.id },
  });
  return { ok: true, message: t("thanks") };
});
