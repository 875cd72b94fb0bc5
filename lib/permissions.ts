import "server-only";
import { refuse, type CurrentUser } from "@/lib/dal";
import type { RecommendationStatus, Visibility } from "@/lib/generated/prisma/enums";
import { recommendationStatusLabels } from "@/lib/labels";

// Who may do what, in one place: pages (to offer a form or say why not), actions (to
// refuse) and the viewer endpoint (to show an edit link) all ask `can`. It answers
// with the reason, which is what the person is shown.
export type Permission = { allowed: true } | { allowed: false; reason: string };

const allowed: Permission = { allowed: true };
const refused = (reason: string): Permission => ({ allowed: false, reason });

type ProjectEntry = {
  title: string;
  visibility: Visibility;
  leadOrganisation: { id: string; name: string };
};

type RecommendationEntry = {
  title: string;
  visibility: Visibility;
  status: RecommendationStatus;
  submittedByOrganisation: { id: string; name: string } | null;
  submittedByLabel: string | null;
};

// What each action is asked about.
type Entries = {
  // In one's own name: report an entry.
  report: null;
  // For one's organisation: submit a project or a recommendation, endorse.
  actForOrganisation: null;
  editProject: ProjectEntry;
  editRecommendation: RecommendationEntry;
  // `own`: the organisation leads, partners or submitted the entry.
  endorse: { kind: "project" | "recommendation"; own: boolean };
  manageMembers: { organisationId: string };
  administer: null;
};

export type PermittedAction = keyof Entries;

// Recommendations are edited by their submitters until the portal's team takes them up.
export const memberEditableStatuses: RecommendationStatus[] = ["SUBMITTED", "UNDER_REVIEW"];

const isAdmin = (user: CurrentUser) => user.role === "ADMIN";

// Why this person may not act yet, whatever for: an unconfirmed address, or a request
// to join that is still pending. Admins act for the portal itself.
function accountReason(user: CurrentUser): string | null {
  if (isAdmin(user)) return null;
  if (!user.emailConfirmed)
    return `Confirm your e-mail address first: open the link we sent to ${user.email}, or send a new one from your account page.`;
  if (user.organisation && user.membershipRole === "PENDING")
    return `Your request to join ${user.organisation.name} is waiting for the approval of one of its managers; until then you cannot act for it.`;
  return null;
}

function organisationReason(user: CurrentUser): string | null {
  const organisation = user.organisation;
  if (!organisation) return "Your account does not belong to an organisation, so it cannot act for one.";
  if (organisation.verificationStatus === "REJECTED" || organisation.mergedIntoId)
    return `${organisation.name} cannot act on the portal: its registration was rejected or merged into another organisation. Contact the portal's team.`;
  return accountReason(user);
}

const signInFirst = "Sign in first.";

export function can<A extends PermittedAction>(
  user: CurrentUser | null,
  action: A,
  entry: Entries[A],
): Permission {
  if (!user) return refused(signInFirst);
  const rules: { [K in PermittedAction]: (entry: Entries[K]) => string | null } = {
    report: () => accountReason(user),
    actForOrganisation: () => organisationReason(user),
    editProject: (project) => {
      if (isAdmin(user)) return null;
      if (project.visibility === "HIDDEN")
        return "The portal's moderators hid this project, so it cannot be edited. Contact the portal's team.";
      return (
        organisationReason(user) ??
        (project.leadOrganisation.id === user.organisation?.id
          ? null
          : `“${project.title}” is led by ${project.leadOrganisation.name}: only its members and the portal's admins may edit it.`)
      );
    },
    editRecommendation: (recommendation) => {
      if (isAdmin(user)) return null;
      if (recommendation.visibility === "HIDDEN")
        return "The portal's moderators hid this recommendation, so it cannot be edited. Contact the portal's team.";
      const problem = organisationReason(user);
      if (problem) return problem;
      const submitter = recommendation.submittedByOrganisation;
      if (submitter?.id !== user.organisation?.id)
        return `Only members of the organisation that submitted “${recommendation.title}” (${submitter?.name ?? recommendation.submittedByLabel ?? "another organisation"}) and the portal's admins may edit it.`;
      if (!memberEditableStatuses.includes(recommendation.status))
        return `This recommendation is past review (${recommendationStatusLabels[recommendation.status].toLowerCase()}), so it can no longer be edited. Ask the portal's team if it needs a correction.`;
      return null;
    },
    endorse: ({ kind, own }) => {
      const problem = organisationReason(user);
      if (problem) return problem;
      if (!own) return null;
      const relation =
        kind === "project" ? "leads or is a partner of this project" : "submitted this recommendation";
      return `${user.organisation!.name} ${relation}, so it cannot endorse it: endorsements come from other organisations.`;
    },
    manageMembers: ({ organisationId }) =>
      isAdmin(user) ||
      (user.organisation?.id === organisationId &&
        user.membershipRole === "MANAGER" &&
        organisationReason(user) === null)
        ? null
        : "Only the organisation's managers and the portal's admins may manage its members.",
    administer: () => (isAdmin(user) ? null : "Only the portal's admins may do this."),
  };
  const reason = (rules[action] as (entry: Entries[A]) => string | null)(entry);
  return reason === null ? allowed : refused(reason);
}

// An action's check: refuses with the reason, which its form shows.
export function authorise(permission: Permission): void {
  if (!permission.allowed) refuse(permission.reason);
}

// The organisation a member acts for, when they may act for it.
export function actingOrganisation(user: CurrentUser) {
  authorise(can(user, "actForOrganisation", null));
  return user.organisation!;
}
