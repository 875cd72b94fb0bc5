import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { endorseEntry, withdrawEndorsement } from "@/lib/actions/endorsements";
import {
  approveMember,
  declineMember,
  demoteMember,
  joinOrganisation,
  promoteMember,
  removeMember,
} from "@/lib/actions/memberships";
import { createProject as createProjectAction, updateProject } from "@/lib/actions/projects";
import { submitRecommendation, updateRecommendation } from "@/lib/actions/recommendations";
import { reportEntry } from "@/lib/actions/reports";
import { db } from "@/lib/db";
import type { FormState } from "@/lib/form-state";
import { createProject, createRecommendation, uniqueSlug } from "../setup/factories";
import { mailTo, onlyMailTo } from "../setup/mailbox";
import { createMember, createPerson } from "../setup/members";
import { actAs, submit } from "../setup/request";

beforeEach(() => actAs(null));

type Action = (state: FormState, data: FormData) => Promise<FormState | void>;

// Every action a member takes for their organisation, as its form would post it,
// against entries of their own organisation and of another.
async function organisationActions(organisationId: string) {
  const workshopId = (await db.workshop.findUniqueOrThrow({ where: { slug: "ha-long-2010" } })).id;
  const own = await createProject({ leadOrganisationId: organisationId });
  const ownRecommendation = await createRecommendation({ submittedByOrganisationId: organisationId });
  const other = await createProject();
  const otherRecommendation = await createRecommendation();
  const endorsedByUs = await createProject();
  await db.$transaction([
    db.endorsement.create({ data: { organisationId, projectId: endorsedByUs.id } }),
    db.project.update({ where: { id: endorsedByUs.id }, data: { endorsementCount: 1 } }),
  ]);
  const project = {
    summary: "Theatre makers from Hanoi and Lyon create a play together.",
    description: "Two companies rehearse in both cities and tour the result.",
    language: "en",
    countryCodes: ["VN", "FR"],
    disciplines: ["PERFORMING_ARTS"],
    cooperationAreas: "CO_CREATIONS",
  };
  const recommendation = {
    title: `Open a residency fund ${randomUUID().slice(0, 8)}`,
    text: "ASEM partners should fund residencies for young curators from both regions.",
    audiences: ["MINISTRIES_OF_CULTURE"],
    language: "en",
  };
  const actions: [string, Action, Record<string, string | string[]>][] = [
    [
      "submit a project",
      createProjectAction,
      { ...project, title: `Shared Stages ${randomUUID().slice(0, 8)}` },
    ],
    ["edit its project", updateProject, { ...project, projectId: own.id, title: "A new title" }],
    ["submit a recommendation", submitRecommendation, { ...recommendation, workshopId }],
    [
      "edit its recommendation",
      updateRecommendation,
      { ...recommendation, recommendationId: ownRecommendation.id },
    ],
    ["endorse a project", endorseEntry, { projectId: other.id }],
    ["endorse a recommendation", endorseEntry, { recommendationId: otherRecommendation.id }],
    ["withdraw an endorsement", withdrawEndorsement, { projectId: endorsedByUs.id }],
    ["report an entry", reportEntry, { projectId: other.id, reason: "INACCURATE" }],
  ];
  return actions;
}

// A confirmed person who asked to join the organisation of a new manager.
async function pendingRequest() {
  const manager = await createMember({ name: `Lotus Stage ${uniqueSlug("")}` });
  const person = await createPerson(manager.organisationId, {
    membershipRole: "PENDING",
    name: "Asking Person",
  });
  return { manager, person, organisationId: manager.organisationId };
}

const writesOf = async (organisationId: string) => ({
  projects: await db.project.count({ where: { leadOrganisationId: organisationId } }),
  recommendations: await db.recommendation.count({ where: { submittedByOrganisationId: organisationId } }),
  endorsements: await db.endorsement.count({ where: { organisationId } }),
});

describe("a pending member", () => {
  it("is refused by every action for the organisation, and after a manager approves, the same calls succeed", async () => {
    const { manager, person, organisationId } = await pendingRequest();
    const actions = await organisationActions(organisationId);
    const before = await writesOf(organisationId);

    await actAs(person);
    for (const [name, action, fields] of actions) {
      const outcome = await submit(action, fields);
      expect(outcome.message, name).toMatch(/waiting for the approval of one of its managers/);
    }
    expect(await writesOf(organisationId)).toEqual(before);
    expect(await db.report.count({ where: { reporterId: person.id } })).toBe(0);

    await actAs(manager);
    expect(await submit(approveMember, { userId: person.id, returnTo: "/account" })).toEqual({
      redirectedTo: "/account?notice=approve#members",
    });
    onlyMailTo(person.email, /You can now act for/);

    await actAs(person);
    for (const [name, action, fields] of actions) {
      const outcome = await submit(action, fields);
      expect(outcome.ok === true || outcome.redirectedTo !== undefined, `${name}: ${outcome.message}`).toBe(
        true,
      );
    }
    expect(await db.report.count({ where: { reporterId: person.id } })).toBe(1);
  });

  it("who has not confirmed their address is refused too, and cannot be approved yet", async () => {
    const manager = await createMember();
    const person = await createPerson(manager.organisationId, {
      membershipRole: "MANAGER",
      emailVerified: null,
    });
    await actAs(person);
    const [, , [, submitRecommendationAction, fields]] = await organisationActions(manager.organisationId);
    expect((await submit(submitRecommendationAction, fields)).message).toMatch(
      /^Confirm your e-mail address first/,
    );
    const asking = await createPerson(manager.organisationId, {
      membershipRole: "PENDING",
      emailVerified: null,
    });
    await actAs(manager);
    expect((await submit(approveMember, { userId: asking.id })).message).toMatch(/not confirmed/);
  });
});

describe("managers", () => {
  it("decline a request with a reason the person receives, leaving them free to ask elsewhere", async () => {
    const { manager, person, organisationId } = await pendingRequest();
    await actAs(manager);
    const missing = await submit(declineMember, { userId: person.id, reason: "" });
    expect(missing.errors?.reason?.[0]).toMatch(/Say why/);
    const reason = "We have no staff member of this name.";
    expect((await submit(declineMember, { userId: person.id, reason })).redirectedTo).toMatch(
      /notice=decline/,
    );
    const stored = await db.user.findUniqueOrThrow({ where: { id: person.id } });
    expect(stored).toMatchObject({ organisationId: null, membershipRole: "PENDING" });
    expect(stored.membershipNote).toContain(reason);
    expect(onlyMailTo(person.email, /was declined/).text).toContain(reason);
    const audit = await db.auditEntry.findFirstOrThrow({
      where: { entityId: person.id, action: "membership.decline" },
    });
    expect(audit).toMatchObject({
      actorId: manager.id,
      entityType: "Membership",
      before: { organisationId, role: "PENDING" },
      after: { organisationId: null, role: "PENDING", reason },
    });

    // The person asks to join another organisation from their account page.
    const elsewhere = await createMember();
    await actAs(person);
    const joined = await submit(joinOrganisation, {
      organisationChoice: "existing",
      organisationId: elsewhere.organisationId,
    });
    expect(joined.ok).toBe(true);
    const elsewhereManager = await db.user.findUniqueOrThrow({ where: { id: elsewhere.id } });
    onlyMailTo(elsewhereManager.email, /asks to join/);
  });

  it("make another member a manager, step down, and remove members, but always keep one manager", async () => {
    const { manager, person, organisationId } = await pendingRequest();
    await actAs(manager);
    await submit(approveMember, { userId: person.id });
    expect((await submit(demoteMember, { userId: manager.id })).message).toMatch(/at least one manager/);
    expect((await submit(removeMember, { userId: manager.id, reason: "Leaving the team." })).message).toMatch(
      /at least one manager/,
    );
    expect((await submit(promoteMember, { userId: person.id })).redirectedTo).toMatch(/notice=promote/);
    expect((await submit(demoteMember, { userId: manager.id })).redirectedTo).toMatch(/notice=demote/);

    // Now a plain member, the former manager may no longer manage anyone.
    await actAs(manager);
    expect(
      (await submit(removeMember, { userId: person.id, reason: "Not with us any more." })).message,
    ).toMatch(/Only the organisation's managers/);
    await actAs(person);
    expect(
      (await submit(removeMember, { userId: manager.id, reason: "Left the organisation." })).redirectedTo,
    ).toMatch(/notice=remove/);
    onlyMailTo((await db.user.findUniqueOrThrow({ where: { id: manager.id } })).email, /no longer act for/);
    const roles = await db.user.findMany({
      where: { organisationId },
      select: { id: true, membershipRole: true },
    });
    expect(roles).toEqual([{ id: person.id, membershipRole: "MANAGER" }]);
    const actions = await db.auditEntry.findMany({
      where: { entityType: "Membership", entityId: { in: [manager.id, person.id] } },
      orderBy: { createdAt: "asc" },
      select: { action: true },
    });
    expect(actions.map((entry) => entry.action)).toEqual([
      "membership.approve",
      "membership.promote",
      "membership.demote",
      "membership.remove",
    ]);
  });

  it("cannot manage another organisation's people; admins can manage anyone's", async () => {
    const { person } = await pendingRequest();
    const stranger = await createMember();
    await actAs(stranger);
    expect((await submit(approveMember, { userId: person.id })).message).toMatch(
      /Only the organisation's managers/,
    );
    expect((await db.user.findUniqueOrThrow({ where: { id: person.id } })).membershipRole).toBe("PENDING");

    const admin = await createPerson(null, { role: "ADMIN" });
    await actAs(admin);
    expect(
      (await submit(approveMember, { userId: person.id, returnTo: "/admin/organizations/x?y=1" }))
        .redirectedTo,
    ).toBe("/admin/organizations/x?notice=approve#members");
    expect(mailTo(person.email)).toHaveLength(1);
  });
});

describe("the organisation an admin merges", () => {
  it("keeps the kept organisation's managers; the duplicate's join as members", async () => {
    const kept = await createMember();
    const duplicate = await createMember();
    const { moveOrganisationRecords } = await import("@/lib/organisation-merge");
    await db.$transaction((tx) => moveOrganisationRecords(tx, duplicate.organisationId, kept.organisationId));
    expect((await db.user.findUniqueOrThrow({ where: { id: duplicate.id } })).membershipRole).toBe("MEMBER");
    expect((await db.user.findUniqueOrThrow({ where: { id: kept.id } })).membershipRole).toBe("MANAGER");
  });
});
