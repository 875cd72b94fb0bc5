"use server";

import { db } from "@/lib/db";
import { refuse, requireTrustedAccount } from "@/lib/dal";
import { getEntryVisibility } from "@/lib/entries";
import { ReportSchema } from "@/lib/validations/moderation";
import { signedInAction } from "./action";

// Any confirmed, approved member may report an entry; a report hides nothing by
// itself, it only puts the entry in the moderators' queue.
export const reportEntry = signedInAction(ReportSchema, async (input, user) => {
  requireTrustedAccount(user);
  const entry = await getEntryVisibility(db, input.target);
  if (!entry || entry.visibility !== "PUBLISHED")
    refuse("This entry cannot be reported: it does not exist or is hidden.");
  const alreadyOpen = await db.report.findFirst({
    where: { ...input.target, reporterId: user.id, status: "OPEN" },
    select: { id: true },
  });
  if (alreadyOpen)
    return { ok: true, message: "You have already reported this entry; the moderators will look at it." };
  await db.report.create({
    data: { ...input.target, reason: input.reason, comment: input.comment, reporterId: user.id },
  });
  return { ok: true, message: "Thank you: the moderators will look at your report." };
});
