import "server-only";
import type { Locale } from "@/i18n/routing";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PartnershipStatus, RecommendationStatus } from "@/lib/generated/prisma/enums";
import { label } from "@/lib/labels";
import { translatorFor } from "@/lib/translator";
import type { EntryTarget } from "@/lib/validations/entry-target";
import { notify, organisationMemberIds } from "./create";

// What each change tells whom, in each recipient's language; every function runs
// inside the change's own transaction.
type Transaction = Prisma.TransactionClient;

const say = (locale: Locale) => translatorFor(locale, "notifications");
const labelsIn = (locale: Locale) => translatorFor(locale, "labels");

// The organisation an entry belongs to, with how a notification names and links it.
// The entry's title stays as its organisation wrote it.
async function entryOwner(tx: Transaction, target: EntryTarget) {
  if ("projectId" in target) {
    const project = await tx.project.findUniqueOrThrow({
      where: { id: target.projectId },
      select: { slug: true, title: true, leadOrganisationId: true },
    });
    return {
      organisationId: project.leadOrganisationId,
      name: (locale: Locale) => say(locale)("entry.project", { title: project.title }),
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
    name: (locale: Locale) => say(locale)("entry.recommendation", { title: recommendation.title }),
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
  await notify(tx, change === "endorsed" ? "ENTRY_ENDORSED" : "ENDORSEMENT_WITHDRAWN", recipients, {
    message: (locale) =>
      say(locale)(change, { organisation: by.organisationName, entry: owner.name(locale) }),
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
  await notify(tx, change.hidden ? "ENTRY_HIDDEN" : "ENTRY_RESTORED", recipients, {
    message: (locale) =>
      change.hidden
        ? say(locale)("hidden", { entry: owner.name(locale), reason: change.reason })
        : say(locale)("restored", { entry: owner.name(locale) }),
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
    message: (locale) =>
      say(locale)("recommendationStatus", {
        entry: owner.name(locale),
        status: label(labelsIn(locale), "recommendationStatus", status),
      }),
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
      message: (locale) =>
        say(locale)("pairingStatus", {
          pairing: name,
          project: project.title,
          status: label(labelsIn(locale), "partnershipStatus", status),
        }),
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
  const who = (locale: Locale) => `${requester.name ?? say(locale)("someone")} (${requester.email})`;
  await notify(tx, "MEMBERSHIP_REQUEST", recipients.managerIds, {
    message: (locale) => say(locale)("joinRequest", { person: who(locale), organisation: organisation.name }),
    path: "/account#membership-requests",
  });
  await notify(tx, "MEMBERSHIP_REQUEST", recipients.adminIds, {
    message: (locale) =>
      say(locale)("joinRequestNoManager", { person: who(locale), organisation: organisation.name }),
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
    message: (locale) =>
      answer.approved
        ? say(locale)("approved", { organisation: organisationName })
        : say(locale)("declined", { organisation: organisationName, reason: answer.reason }),
    path: "/account",
  });
}
