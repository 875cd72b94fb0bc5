import "server-only";
import { getTranslations } from "next-intl/server";
import { refuse, type CurrentUser } from "@/lib/dal";
import type { RecommendationStatus, Visibility } from "@/lib/generated/prisma/enums";
import { explainRefusal, type Refusal } from "@/lib/refusals";

// Who may do what, in one place: pages (to offer a form or say why not), actions (to
// refuse) and the viewer endpoint (to show an edit link) all ask `can`. It answers
// with the reason, which is what the person is shown, in their language.
export type Permission = { allowed: true } | { allowed: false; reason: Refusal };

const allowed: Permission = { allowed: true };
const refused = (reason: Refusal): Permission => ({ allowed: false, reason });

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
function accountReason(user: CurrentUser): Refusal | null {
  if (isAdmin(user)) return null;
  if (!user.emailConfirmed) return { key: "confirmEmail", values: { email: user.email } };
  if (user.organisation && user.membershipRole === "PENDING")
    return { key: "membershipPending", values: { organisation: user.organisation.name } };
  return null;
}

function organisationReason(user: CurrentUser): Refusal | null {
  const organisation = user.organisation;
  if (!organisation) return { key: "noOrganisation" };
  if (organisation.verificationStatus === "REJECTED" || organisation.mergedIntoId)
    return { key: "organisationInactive", values: { organisation: organisation.name } };
  return accountReason(user);
}

export function can<A extends PermittedAction>(
  user: CurrentUser | null,
  action: A,
  entry: Entries[A],
): Permission {
  if (!user) return refused({ key: "signInFirst" });
  const rules: { [K in PermittedAction]: (entry: Entries[K]) => Refusal | null } = {
    report: () => accountReason(user),
    actForOrganisation: () => organisationReason(user),
    editProject: (project) => {
      if (isAdmin(user)) return null;
      if (project.visibility === "HIDDEN") return { key: "projectHidden" };
      return (
        organisationReason(user) ??
        (project.leadOrganisation.id === user.organisation?.id
          ? null
          : {
              key: "notProjectLead",
              values: { title: project.title, organisation: project.leadOrganisation.name },
            })
      );
    },
    editRecommendation: (recommendation) => {
      if (isAdmin(user)) return null;
      if (recommendation.visibility === "HIDDEN") return { key: "recommendationHidden" };
      const problem = organisationReason(user);
      if (problem) return problem;
      const submitter = recommendation.submittedByOrganisation;
      if (submitter?.id !== user.organisation?.id) {
        const title = recommendation.title;
        const organisation = submitter?.name ?? recommendation.submittedByLabel;
        return organisation
          ? { key: "notSubmitter", values: { title, organisation } }
          : { key: "notSubmitterUnnamed", values: { title } };
      }
      if (!memberEditableStatuses.includes(recommendation.status))
        return { key: "pastReview", values: { status: recommendation.status } };
      return null;
    },
    endorse: ({ kind, own }) => {
      const problem = organisationReason(user);
      if (problem) return problem;
      if (!own) return null;
      const values = { organisation: user.organisation!.name };
      return kind === "project" ? { key: "ownProject", values } : { key: "ownRecommendation", values };
    },
    manageMembers: ({ organisationId }) =>
      isAdmin(user) ||
      (user.organisation?.id === organisationId &&
        user.membershipRole === "MANAGER" &&
        organisationReason(user) === null)
        ? null
        : { key: "managersOnly" },
    administer: () => (isAdmin(user) ? null : { key: "adminsOnly" }),
  };
  const reason = (rules[action] as (entry: Entries[A]) => Refusal | null)(entry);
  return reason === null ? allowed : refused(reason);
}

// An action's check: refuses with the reason in the request's language, which its form shows.
export async function authorise(permission: Permission): Promise<void> {
  if (!permission.allowed) refuse(explainRefusal(await getTranslations("permissions"), permission.reason));
}

// The organisation a member acts for, when they may act for it.
export async function actingOrganisation(user: CurrentUser) {
  await authorise(can(user, "actForOrganisation", null));
  return user.organisation!;
}
