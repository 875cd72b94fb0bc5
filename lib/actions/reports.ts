"use server";

import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db";
import { refuse, requireTrustedAccount } from "@/lib/dal";
import { getEntryVisibility } from "@/lib/entries";
import { ReportSchema } from "@/lib/validations/moderation";
import { signedInAction } from "./action";

// Any confirmed, approved member may report an entry; a report hides nothing by
// itself, it only puts the entry in the moderators' queue.
export const reportEntry = signedInAction(ReportSchema, async (input, user) => {
  requireTrustedAccount(user);
  const t = await getTranslations("forms.outcomes.reports");
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
