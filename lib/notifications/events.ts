import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PartnershipStatus, RecommendationStatus } from "@/lib/generated/prisma/enums";
import { inEnglish, label } from "@/lib/labels";
import type { EntryTarget } from "@/lib/validations/entry-target";
import { notify, organisationMemberIds } from "./create";

// What each change tells whom; every function runs inside the change's own transaction.
type Transaction = Prisma.TransactionClient;

// The organisation an entry belongs to, with how a notification names and links it.
async function entryOwner(tx: Transaction, target: EntryTarget) {
  if ("projectId" in target) {
    const project = await tx.project.findUniqueOrThrow({
      where: { id: target.projectId },
      select: { slug: true, title: true, leadOrganisationId: true },
    });
    return {
      organisationId: project.leadOrganisationId,
      name: `project “${project.title}”`,
      path: `/projects/${project.slug}`,
      entry: target,
    };
  }
  const recommendation = await tx.recommendation.findUniqueOrThrow({
    where: { id: target.recommendationId },
    select: { title: true, submittedByOrganisationId: true },
  });
  return {
    organisationId: recommendation.submittedByOrganisationId,
    name: `recommendation “${recommendation.title}”`,
    path: `/recommendations/${target.recommendationId}`,
    entry: target,
  };
}

export async function notifyEndorsement(
  tx: Transaction,
  target: EntryTarget,
  by: { organisationName: string; userId: string },
  change: "endorsed" | "withdrawn",
) {
  const owner = await entryOwner(tx, target);
  const recipients = await organisationMemberIds(tx, owner.organisationId, by.userId);
  const message =
    change === "endorsed"
      ? `${by.organisationName} endorses your organisation's ${owner.name}.`
      : `${by.organisationName} withdrew its endorsement of your organisation's ${owner.name}.`;
  await notify(tx, change === "endorsed" ? "ENTRY_ENDORSED" : "ENDORSEMENT_WITHDRAWN", recipients, {
    message,
    path: owner.path,
    entry: owner.entry,
  });
}

export async function notifyModeration(
  tx: Transaction,
  target: EntryTarget,
  change: { hidden: true; reason: string } | { hidden: false },
) {
  const owner = await entryOwner(tx, target);
  const recipients = await organisationMemberIds(tx, owner.organisationId);
  const message = change.hidden
    ? `Moderators hid your organisation's ${owner.name}: ${change.reason}`
    : `Moderators restored your organisation's ${owner.name}; it is public again.`;
  await notify(tx, change.hidden ? "ENTRY_HIDDEN" : "ENTRY_RESTORED", recipients, {
    message,
    path: owner.path,
    entry: owner.entry,
  });
}

export async function notifyRecommendationStatus(
  tx: Transaction,
  recommendationId: string,
  status: RecommendationStatus,
) {
  const owner = await entryOwner(tx, { recommendationId });
  const recipients = await organisationMemberIds(tx, owner.organisationId);
  await notify(tx, "RECOMMENDATION_STATUS", recipients, {
    message: `Your organisation's ${owner.name} is now “${label(inEnglish, "recommendationStatus", status)}”.`,
    path: owner.path,
    entry: owner.entry,
  });
}

// Each project linked to the pairing tells its lead organisation.
export async function notifyPairingStatus(tx: Transaction, partnershipId: string, status: PartnershipStatus) {
  const pairing = await tx.cityPartnership.findUniqueOrThrow({
    where: { id: partnershipId },
    select: {
      ecocDesignation: { select: { year: true, city: { select: { name: true } } } },
      cceaDesignation: { select: { year: true, city: { select: { name: true } } } },
      projects: { where: { visibility: "PUBLISHED" }, select: { title: true, leadOrganisationId: true } },
    },
  });
  const { ecocDesignation: ecoc, cceaDesignation: ccea } = pairing;
  const name = `${ecoc.city.name} ${ecoc.year} – ${ccea.city.name} ${ccea.year}`;
  for (const project of pairing.projects) {
    const recipients = await organisationMemberIds(tx, project.leadOrganisationId);
    await notify(tx, "PAIRING_STATUS", recipients, {
      message: `The city pairing ${name}, linked to your organisation's project “${project.title}”, is now “${label(inEnglish, "partnershipStatus", status)}”.`,
      path: `/partnerships/${partnershipId}`,
      entry: { partnershipId },
    });
  }
}

export async function notifyJoinRequest(
  tx: Transaction,
  requester: { name: string | null; email: string },
  organisation: { id: string; name: string },
  recipients: { managerIds: string[]; adminIds: string[] },
) {
  const who = `${requester.name ?? "Someone"} (${requester.email})`;
  await notify(tx, "MEMBERSHIP_REQUEST", recipients.managerIds, {
    message: `${who} asks to join ${organisation.name}.`,
    path: "/account#membership-requests",
  });
  await notify(tx, "MEMBERSHIP_REQUEST", recipients.adminIds, {
    message: `${who} asks to join ${organisation.name}, which has no manager.`,
    path: `/admin/organizations/${organisation.id}`,
  });
}

export async function notifyMembershipAnswer(
  tx: Transaction,
  userId: string,
  organisationName: string,
  answer: { approved: true } | { approved: false; reason: string },
) {
  await notify(tx, "MEMBERSHIP_ANSWER", [userId], {
    message: answer.approved
      ? `Your request to join ${organisationName} was approved: you can now act for it.`
      : `Your request to join ${organisationName} was declined: ${answer.reason}`,
    path: "/account",
  });
}
