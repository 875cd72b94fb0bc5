"use server";

import { recordChange } from "@/lib/audit";
import { getLocale, getTranslations } from "next-intl/server";
import { refuse, type CurrentUser } from "@/lib/dal";
import { db } from "@/lib/db";
import { failedForm, type FormState } from "@/lib/form-state";
import {
  membershipApprovedMail,
  membershipDeclinedMail,
  membershipEndedMail,
} from "@/lib/mail/messages/memberships";
import { trySendMail } from "@/lib/mail/send";
import { changeMembership, type ChangedMembership, type MembershipChange } from "@/lib/memberships/changes";
import { carryOutOrganisationPlan, planOrganisationChoice } from "@/lib/memberships/organisation-choice";
import { announceJoinRequest } from "@/lib/memberships/requests";
import { revalidatePages } from "@/lib/revalidate";
import { JoinOrganisationSchema } from "@/lib/validations/auth";
import {
  EmailDomainsSchema,
  MembershipSchema,
  MembershipWithReasonSchema,
} from "@/lib/validations/membership";
import { safeReturnPath } from "@/lib/return-path";
import { redirect } from "@/i18n/navigation";
import { formAction } from "./action";

// The same actions serve an organisation's managers (on /account) and the portal's
// admins (on the organisation's admin page): changeMembership checks which may act.

export const approveMember = memberAction("approve");
export const declineMember = memberActionWithReason("decline");
export const promoteMember = memberAction("promote");
export const demoteMember = memberAction("demote");
export const removeMember = memberActionWithReason("remove");

function memberAction(kind: "approve" | "promote" | "demote") {
  return formAction("manager", MembershipSchema, (input, actor) => answer(actor, { kind, ...input }));
}

function memberActionWithReason(kind: "decline" | "remove") {
  return formAction("manager", MembershipWithReasonSchema, (input, actor) =>
    answer(actor, { kind, ...input }),
  );
}

// Back to the page the form was on (the row it was in may be gone), which says what was done.
async function answer(actor: CurrentUser, { returnTo, ...change }: MembershipChange & { returnTo?: string }) {
  const changed = await changeMembership(actor, change);
  await tellThePerson(changed, change);
  revalidatePages("/account", "/admin/audit", `/admin/organizations/${changed.organisation.id}`);
  return redirect({
    href: `${safeReturnPath(returnTo, "/account").split(/[?#]/)[0]}?notice=${change.kind}#members`,
    locale: await getLocale(),
  });
}

function tellThePerson(changed: ChangedMembership, change: MembershipChange) {
  const { person, organisation } = changed;
  if (change.kind === "approve") return trySendMail(membershipApprovedMail(person, organisation.name));
  if (change.kind === "decline")
    return trySendMail(membershipDeclinedMail(person, organisation.name, change.reason));
  if (change.kind === "remove")
    return trySendMail(membershipEndedMail(person, organisation.name, change.reason));
}

// A person without an organisation (declined, removed) asks to join a listed one,
// or registers a new one, as at registration.
export const joinOrganisation = formAction(
  "member",
  JoinOrganisationSchema,
  async (input, user, formData): Promise<FormState> => {
    const t = await getTranslations("memberships.join");
    if (user.organisation) refuse(t("alreadyMember", { organisation: user.organisation.name }));
    const choice = await planOrganisationChoice(input);
    if ("problem" in choice) return failedForm(formData, choice.problem.message, choice.problem.errors);
    const organisation = await db.$transaction((tx) => carryOutOrganisationPlan(tx, user.id, choice.plan));
    await announceJoinRequest(user.id);
    revalidatePages("/account", ...(choice.plan.kind === "found" ? ["/organizations"] : []));
    return {
      ok: true,
      message: t(choice.plan.kind === "found" ? "founded" : "requested", { organisation: organisation.name }),
    };
  },
);

export const saveEmailDomains = formAction(
  "admin",
  EmailDomainsSchema,
  async ({ organisationId, emailDomains }, admin) => {
    const t = await getTranslations("memberships.emailDomains");
    await db.$transaction(async (tx) => {
      const before = await tx.organisation.findUnique({
        where: { id: organisationId },
        select: { emailDomains: true },
      });
      if (!before) refuse(t("organisationMissing"));
      await tx.organisation.update({ where: { id: organisationId }, data: { emailDomains } });
      const entity: [string, string] = ["Organisation", organisationId];
      await recordChange(tx, admin.id, "organisation.email-domains", entity, before, { emailDomains });
    });
    revalidatePages(`/admin/organizations/${organisationId}`, "/admin/audit");
    return {
      ok: true,
      message: emailDomains.length ? t("saved", { domains: emailDomains.join(", ") }) : t("none"),
      values: { emailDomains: emailDomains.join("\n") },
    };
  },
);
