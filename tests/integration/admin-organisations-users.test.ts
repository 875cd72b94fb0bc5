import { beforeEach, describe, expect, it } from "vitest";
import {
  mergeOrganisations,
  rejectOrganisation,
  verifyOrganisation,
} from "@/lib/actions/admin/organisations";
import { changeUserRole, deactivateUser, reactivateUser } from "@/lib/actions/admin/users";
import { signIn } from "@/lib/actions/auth";
import { endorseEntry } from "@/lib/actions/endorsements";
import { hashPassword } from "@/lib/auth/passwords";
import { getCurrentUser } from "@/lib/dal";
import { can } from "@/lib/permissions";
import { db } from "@/lib/db";
import { listAuditEntries, listAuditFilterOptions } from "@/lib/queries/admin/audit";
import { listOrganisationsForAdmin } from "@/lib/queries/admin/organisations";
import { listUsersForAdmin } from "@/lib/queries/admin/users";
import {
  createEndorsement,
  createOrganisation,
  createProject,
  createRecommendation,
  uniqueSlug,
} from "../setup/factories";
import { createMember } from "../setup/members";
import { actAs, submit } from "../setup/request";

const auditOf = (entityId: string) =>
  db.auditEntry.findMany({
    where: { entityId },
    select: { actorId: true, action: true, entityType: true, entityId: true, before: true, after: true },
  });
const organisation = (id: string) => db.organisation.findUniqueOrThrow({ where: { id } });
const user = (id: string) => db.user.findUniqueOrThrow({ where: { id } });
const REFUSED = "Only the portal's admins may do this.";

beforeEach(() => actAs(null));

describe("organisation verification", () => {
  it("verifies an organisation and records who did it, before and after", async () => {
    const admin = await createMember({}, "ADMIN");
    const { id } = await createOrganisation();
    await actAs(admin);
    expect(await submit(verifyOrganisation, { organisationId: id })).toEqual({
      redirectedTo: `/admin/organizations/${id}?notice=verified`,
    });
    const verified = await organisation(id);
    expect(verified).toMatchObject({ verificationStatus: "VERIFIED", verificationNote: null });
    expect(await auditOf(id)).toEqual([
      {
        actorId: admin.id,
        action: "organisation.verify",
        entityType: "Organisation",
        entityId: id,
        before: { verificationStatus: "UNVERIFIED", verificationNote: null, verifiedAt: null },
        after: {
          verificationStatus: "VERIFIED",
          verificationNote: null,
          verifiedAt: verified.verifiedAt?.toISOString(),
        },
      },
    ]);
  });

  it("needs a reason to decline; a declined organisation's members can no longer act", async () => {
    const admin = await createMember({}, "ADMIN");
    const member = await createMember({ verificationStatus: "VERIFIED" });
    const project = await createProject();
    await actAs(admin);
    const empty = await submit(rejectOrganisation, { organisationId: member.organisationId, reason: " " });
    expect(empty.errors?.reason).toEqual(["Give the reason for declining (at least 5 characters)."]);
    expect(await auditOf(member.organisationId)).toEqual([]);

    const reason = "Not a cultural organisation: a ticket reseller.";
    const outcome = await submit(rejectOrganisation, { organisationId: member.organisationId, reason });
    expect(outcome.redirectedTo).toBe(`/admin/organizations/${member.organisationId}?notice=rejected`);
    expect(await organisation(member.organisationId)).toMatchObject({
      verificationStatus: "REJECTED",
      verificationNote: reason,
      verifiedAt: null,
    });
    expect((await auditOf(member.organisationId))[0]).toMatchObject({
      actorId: admin.id,
      action: "organisation.reject",
      before: { verificationStatus: "VERIFIED", verificationNote: null },
      after: { verificationStatus: "REJECTED", verificationNote: reason, verifiedAt: null },
    });

    await actAs(member);
    expect(can(await getCurrentUser(), "actForOrganisation", null)).toEqual({
      allowed: false,
      reason: { key: "organisationInactive", values: { organisation: expect.any(String) } },
    });
    expect((await submit(endorseEntry, { projectId: project.id })).message).toMatch(/cannot act/);
    expect(await db.endorsement.count({ where: { projectId: project.id } })).toBe(0);
  });

  it("rolls the change back when its audit entry cannot be written", async () => {
    const admin = await createMember({}, "ADMIN");
    const { id } = await createOrganisation();
    // The ids are cuids, safe to place in the statement.
    await db.$executeRawUnsafe(`CREATE FUNCTION test_refuse_audit_${id}() RETURNS trigger AS $$
      BEGIN IF NEW."entityId" = '${id}' THEN RAISE EXCEPTION 'audit refused by the test'; END IF; RETURN NEW; END;
      $$ LANGUAGE plpgsql`);
    await db.$executeRawUnsafe(`CREATE TRIGGER test_refuse_audit_${id} BEFORE INSERT ON "AuditEntry"
      FOR EACH ROW EXECUTE FUNCTION test_refuse_audit_${id}()`);
    try {
      await actAs(admin);
      await expect(submit(verifyOrganisation, { organisationId: id })).rejects.toThrow(/audit refused/);
      expect((await organisation(id)).verificationStatus).toBe("UNVERIFIED");
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER test_refuse_audit_${id} ON "AuditEntry"`);
      await db.$executeRawUnsafe(`DROP FUNCTION test_refuse_audit_${id}()`);
    }
  });
});

describe("merging organisations", () => {
  it("moves members, projects, partner rows, endorsements and the rest in one step, with exact counts", async () => {
    const admin = await createMember({}, "ADMIN");
    const member = await createMember();
    const duplicate = member.organisationId;
    const keep = (await createOrganisation({ verificationStatus: "VERIFIED" })).id;
    const other = (await createOrganisation()).id;

    const led = await createProject({ leadOrganisationId: duplicate });
    const ledWithKeptPartner = await createProject({ leadOrganisationId: duplicate, partnerIds: [keep] });
    const partnered = await createProject({ leadOrganisationId: other, partnerIds: [duplicate] });
    const bothPartners = await createProject({ leadOrganisationId: other, partnerIds: [duplicate, keep] });
    const keptOwn = await createProject({ leadOrganisationId: keep, partnerIds: [duplicate] });
    const endorsedByDuplicate = await createProject({ leadOrganisationId: other });
    const endorsedByBoth = await createProject({ leadOrganisationId: other });
    const recommendation = await createRecommendation({ submittedByOrganisationId: duplicate });
    const sharedRecommendation = await createRecommendation();
    await createEndorsement({ projectId: endorsedByDuplicate.id, organisationId: duplicate });
    for (const organisationId of [duplicate, keep]) {
      await createEndorsement({ projectId: endorsedByBoth.id, organisationId });
      await createEndorsement({ recommendationId: sharedRecommendation.id, organisationId });
    }
    // Endorsed by the kept organisation before the merge made the project its own.
    await createEndorsement({ projectId: led.id, organisationId: keep });
    const workshop = await db.workshop.findUniqueOrThrow({ where: { slug: "ha-long-2010" } });
    await db.workshopOrganiser.create({ data: { workshopId: workshop.id, organisationId: duplicate } });
    const publication = await db.publication.create({
      data: {
        slug: uniqueSlug("publication"),
        title: "A study",
        publisher: "A test",
        summary: "Made by a test.",
      },
    });
    await db.publicationOrganisation.create({
      data: { publicationId: publication.id, organisationId: duplicate, role: "named" },
    });

    await actAs(admin);
    const outcome = await submit(mergeOrganisations, {
      duplicateId: duplicate,
      keepId: keep,
      confirm: "yes",
    });
    expect(outcome).toEqual({ redirectedTo: `/admin/organizations/${keep}?notice=merged` });

    expect((await organisation(duplicate)).mergedIntoId).toBe(keep);
    expect((await user(member.id)).organisationId).toBe(keep);
    const partners = (projectId: string) =>
      db.projectPartner.findMany({ where: { projectId }, select: { organisationId: true } });
    expect((await db.project.findUniqueOrThrow({ where: { id: led.id } })).leadOrganisationId).toBe(keep);
    expect(await partners(ledWithKeptPartner.id)).toEqual([]);
    expect(await partners(partnered.id)).toEqual([{ organisationId: keep }]);
    expect(await partners(bothPartners.id)).toEqual([{ organisationId: keep }]);
    expect(await partners(keptOwn.id)).toEqual([]);
    expect(
      (await db.recommendation.findUniqueOrThrow({ where: { id: recommendation.id } }))
        .submittedByOrganisationId,
    ).toBe(keep);
    expect(await db.endorsement.count({ where: { organisationId: duplicate } })).toBe(0);
    for (const [entry, endorsers] of [
      [await db.project.findUniqueOrThrow({ where: { id: endorsedByDuplicate.id } }), [keep]],
      [await db.project.findUniqueOrThrow({ where: { id: endorsedByBoth.id } }), [keep]],
      [await db.project.findUniqueOrThrow({ where: { id: led.id } }), []],
      [await db.recommendation.findUniqueOrThrow({ where: { id: sharedRecommendation.id } }), [keep]],
    ] as const) {
      const rows = await db.endorsement.findMany({
        where: { OR: [{ projectId: entry.id }, { recommendationId: entry.id }] },
        select: { organisationId: true },
      });
      expect(rows.map((row) => row.organisationId)).toEqual(endorsers);
      expect(entry.endorsementCount).toBe(endorsers.length);
    }
    expect(
      await db.workshopOrganiser.count({ where: { workshopId: workshop.id, organisationId: keep } }),
    ).toBe(1);
    expect(
      await db.publicationOrganisation.count({
        where: { publicationId: publication.id, organisationId: keep },
      }),
    ).toBe(1);

    expect(await auditOf(duplicate)).toEqual([
      expect.objectContaining({
        actorId: admin.id,
        action: "organisation.merge",
        entityType: "Organisation",
        before: expect.objectContaining({ mergedIntoId: null }),
        after: expect.objectContaining({
          mergedIntoId: keep,
          moved: expect.objectContaining({ members: 1, leadProjects: 2, partnerRows: 1, endorsements: 1 }),
          dropped: expect.objectContaining({ partnerRows: 3, endorsements: expect.any(Array) }),
        }),
      }),
    ]);
  });

  it("refuses to merge an organisation into itself or into a merged one, and changes nothing", async () => {
    const admin = await createMember({}, "ADMIN");
    const member = await createMember();
    const target = (await createOrganisation()).id;
    const merged = (await createOrganisation({ mergedIntoId: target })).id;
    await actAs(admin);
    const self = await submit(mergeOrganisations, {
      duplicateId: member.organisationId,
      keepId: member.organisationId,
      confirm: "yes",
    });
    expect(self.message).toMatch(/cannot be merged into itself/);
    const intoMerged = await submit(mergeOrganisations, {
      duplicateId: member.organisationId,
      keepId: merged,
      confirm: "yes",
    });
    expect(intoMerged.message).toMatch(/itself merged into another/);
    const unconfirmed = await submit(mergeOrganisations, {
      duplicateId: member.organisationId,
      keepId: target,
    });
    expect(unconfirmed.errors?.confirm).toHaveLength(1);
    expect((await organisation(member.organisationId)).mergedIntoId).toBeNull();
    expect((await user(member.id)).organisationId).toBe(member.organisationId);
    expect(await auditOf(member.organisationId)).toEqual([]);
  });
});

describe("user accounts", () => {
  const password = "a long enough passphrase";

  async function createAccount() {
    return db.user.create({
      data: {
        name: "Account holder",
        email: `${uniqueSlug("holder")}@example.org`,
        passwordHash: await hashPassword(password),
        organisationId: (await createOrganisation()).id,
        membershipRole: "MANAGER",
        emailVerified: new Date(),
      },
      select: { id: true, email: true },
    });
  }

  it("changes a role, and refuses an admin's change of their own role", async () => {
    const admin = await createMember({}, "ADMIN");
    const account = await createAccount();
    await actAs(admin);
    const outcome = await submit(changeUserRole, {
      userId: account.id,
      role: "ADMIN",
      returnTo: "/admin/users?q=holder",
    });
    expect(outcome.redirectedTo).toBe("/admin/users?q=holder&notice=role");
    expect((await user(account.id)).role).toBe("ADMIN");
    expect(await auditOf(account.id)).toEqual([
      {
        actorId: admin.id,
        action: "user.role",
        entityType: "User",
        entityId: account.id,
        before: { role: "MEMBER" },
        after: { role: "ADMIN" },
      },
    ]);
    const own = await submit(changeUserRole, { userId: admin.id, role: "MEMBER" });
    expect(own.message).toMatch(/cannot change your own role/);
    expect((await user(admin.id)).role).toBe("ADMIN");
  });

  it("deactivates an account: it can no longer sign in or act; reactivating restores it", async () => {
    const admin = await createMember({}, "ADMIN");
    const account = await createAccount();
    await actAs(admin);
    expect((await submit(deactivateUser, { userId: account.id })).redirectedTo).toBe(
      "/admin/users?notice=deactivated",
    );
    const deactivatedAt = (await user(account.id)).deactivatedAt;
    expect(deactivatedAt).toBeInstanceOf(Date);
    expect((await auditOf(account.id))[0]).toMatchObject({
      actorId: admin.id,
      action: "user.deactivate",
      before: { deactivatedAt: null },
      after: { deactivatedAt: deactivatedAt!.toISOString() },
    });

    await actAs(account);
    expect(await getCurrentUser()).toBeNull();
    await actAs(null);
    expect(await submit(signIn, { email: account.email, password })).toMatchObject({ ok: false });

    await actAs(admin);
    await submit(reactivateUser, { userId: account.id });
    expect((await user(account.id)).deactivatedAt).toBeNull();
    expect((await auditOf(account.id)).map((entry) => entry.action).sort()).toEqual([
      "user.deactivate",
      "user.reactivate",
    ]);
    await actAs(null);
    expect((await submit(signIn, { email: account.email, password })).redirectedTo).toBe("/account");
  });

  it("refuses an admin's deactivation of their own account", async () => {
    const admin = await createMember({}, "ADMIN");
    await actAs(admin);
    expect((await submit(deactivateUser, { userId: admin.id })).message).toMatch(
      /cannot deactivate your own account/,
    );
    expect((await user(admin.id)).deactivatedAt).toBeNull();
    expect(await auditOf(admin.id)).toEqual([]);
  });
});

describe("who may act", () => {
  it("refuses members and sends anonymous visitors to sign in, changing nothing", async () => {
    const target = await createMember();
    const other = (await createOrganisation()).id;
    const calls = [
      [verifyOrganisation, { organisationId: target.organisationId }],
      [rejectOrganisation, { organisationId: target.organisationId, reason: "Not genuine at all." }],
      [mergeOrganisations, { duplicateId: target.organisationId, keepId: other, confirm: "yes" }],
      [changeUserRole, { userId: target.id, role: "ADMIN" }],
      [deactivateUser, { userId: target.id }],
      [reactivateUser, { userId: target.id }],
    ] as const;
    for (const [action, fields] of calls) {
      await actAs(await createMember());
      expect((await submit(action, fields)).message).toBe(REFUSED);
      await actAs(null);
      expect((await submit(action, fields)).redirectedTo).toMatch(/^\/login\?callbackUrl=/);
    }
    expect(await organisation(target.organisationId)).toMatchObject({
      verificationStatus: "UNVERIFIED",
      mergedIntoId: null,
    });
    expect(await user(target.id)).toMatchObject({
      role: "MEMBER",
      deactivatedAt: null,
      organisationId: target.organisationId,
    });
    expect(
      await db.auditEntry.count({ where: { entityId: { in: [target.id, target.organisationId, other] } } }),
    ).toBe(0);
  });
});

describe("admin lists and the audit log", () => {
  it("lists organisations, users and audit entries with their filters", async () => {
    const admin = await createMember({}, "ADMIN");
    const name = `Curated theatre ${uniqueSlug("")}`;
    const member = await createMember({ name });
    await createProject({ leadOrganisationId: member.organisationId });
    const organisations = await listOrganisationsForAdmin({ q: name.toUpperCase(), status: "UNVERIFIED" });
    expect(organisations.items).toEqual([
      expect.objectContaining({ id: member.organisationId, memberCount: 1, projectCount: 1 }),
    ]);

    await actAs(admin);
    await submit(deactivateUser, { userId: member.id });
    const users = await listUsersForAdmin({ status: "deactivated", q: (await user(member.id)).email });
    expect(users.items.map((item) => item.id)).toEqual([member.id]);
    expect(users.items[0]).not.toHaveProperty("passwordHash");

    const entries = await listAuditEntries({ actorId: admin.id, action: "user.deactivate" });
    expect(entries.items.map((entry) => entry.entityId)).toEqual([member.id]);
    const options = await listAuditFilterOptions();
    expect(options.actions).toContain("user.deactivate");
    expect(options.entityTypes).toContain("User");
    expect(options.actors.map((actor) => actor.id)).toContain(admin.id);
  });

  it("refuses to change or delete audit entries, even in raw SQL", async () => {
    const admin = await createMember({}, "ADMIN");
    const { id } = await createOrganisation();
    await actAs(admin);
    await submit(verifyOrganisation, { organisationId: id });
    // The trigger's own error (insufficient_privilege), as the driver adapter reports it.
    const refused = {
      meta: {
        driverAdapterError: {
          cause: { code: "42501", message: "Audit entries cannot be changed or deleted" },
        },
      },
    };
    await expect(
      db.$executeRaw`UPDATE "AuditEntry" SET "action" = 'forged' WHERE "entityId" = ${id}`,
    ).rejects.toMatchObject(refused);
    await expect(db.$executeRaw`DELETE FROM "AuditEntry" WHERE "entityId" = ${id}`).rejects.toMatchObject(
      refused,
    );
    expect(await auditOf(id)).toHaveLength(1);
  });
});
