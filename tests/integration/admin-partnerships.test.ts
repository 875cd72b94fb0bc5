import { beforeEach, describe, expect, it } from "vitest";
import {
  changePartnershipStatus,
  createPartnership,
  deletePartnership,
  updatePartnership,
} from "@/lib/actions/admin/partnerships";
import { db } from "@/lib/db";
import type { Programme } from "@/lib/generated/prisma/enums";
import { listPairingSuggestions } from "@/lib/queries/admin/partnerships";
import { getPartnership } from "@/lib/queries/partnerships";
import { createPartnership as insertPartnership, createProject } from "../setup/factories";
import { createMember } from "../setup/members";
import { actAs, asUser, revalidated, submit } from "../setup/request";

const ALREADY_PAIRED = ["These two designations are already paired."];

const designation = (programme: Programme, city: string, year: number) =>
  db.designation.findFirstOrThrow({ where: { programme, year, city: { name: city } } });

// The earliest ECoC and CCEA designations no pairing holds yet, far from the years the suggestions test uses.
async function freePair() {
  const [ecoc, ccea, taken] = await Promise.all([
    db.designation.findMany({ where: { programme: "ECOC" }, orderBy: { year: "asc" }, select: { id: true } }),
    db.designation.findMany({ where: { programme: "CCEA" }, orderBy: { year: "asc" }, select: { id: true } }),
    db.cityPartnership.findMany({ select: { ecocDesignationId: true, cceaDesignationId: true } }),
  ]);
  const pairs = new Set(taken.map((pair) => `${pair.ecocDesignationId} ${pair.cceaDesignationId}`));
  const [ecocDesignationId, cceaDesignationId] = ecoc
    .flatMap((e) => ccea.map((c) => [e.id, c.id]))
    .find(([e, c]) => !pairs.has(`${e} ${c}`))!;
  return { ecocDesignationId, cceaDesignationId };
}

const fieldsFor = (pair: { ecocDesignationId: string; cceaDesignationId: string }) => ({
  ...pair,
  status: "PROPOSED",
  cooperationAreas: ["ARTIST_MOBILITY", "BRANDING"],
  sectors: ["TOURISM"],
  rationale: "Two festival cities that both work with light and the sea.",
});

const admin = () => createMember({}, "ADMIN");
const auditEntries = (entityId: string) =>
  db.auditEntry.findMany({ where: { entityId }, orderBy: { createdAt: "asc" } });
const pairingsOf = (pair: { ecocDesignationId: string; cceaDesignationId: string }) =>
  db.cityPartnership.count({ where: pair });

beforeEach(() => actAs(null));

describe("createPartnership", () => {
  it("pairs two titles, records the first status and an audit entry, links projects by address", async () => {
    const pair = await freePair();
    const [first, second] = [await createProject(), await createProject()];
    const user = await admin();
    await actAs(user);
    const outcome = await submit(createPartnership, {
      ...fieldsFor(pair),
      addProjectSlugs: `https://portal.example/projects/${first.slug}, ${second.slug.toUpperCase()}\n`,
    });
    const created = await db.cityPartnership.findFirstOrThrow({ where: pair });
    expect(outcome).toEqual({ redirectedTo: `/admin/partnerships/${created.id}?created=1` });
    expect(created).toMatchObject({ status: "PROPOSED", sectors: ["TOURISM"], createdById: user.id });
    expect(await db.project.count({ where: { partnershipId: created.id } })).toBe(2);

    const detail = await getPartnership(created.id);
    expect(detail?.statusChanges).toEqual([
      expect.objectContaining({ fromStatus: null, toStatus: "PROPOSED", changedBy: { name: "Test member" } }),
    ]);
    const [audit] = await auditEntries(created.id);
    expect(audit).toMatchObject({
      actorId: user.id,
      action: "partnership.create",
      entityType: "CityPartnership",
      before: null,
      after: { ...pair, status: "PROPOSED", linkedProjectIds: expect.arrayContaining([first.id, second.id]) },
    });
    expect(revalidated.paths).toEqual(
      expect.arrayContaining([
        "/[locale]/cached/[query]/partnerships",
        `/fr/cached/_/partnerships/${created.id}`,
      ]),
    );
  });

  it("refuses a pair that exists with a field error, also when two admins create it at once", async () => {
    const user = await admin();
    await actAs(user);
    const pair = await freePair();
    await submit(createPartnership, fieldsFor(pair));
    const again = await submit(createPartnership, fieldsFor(pair));
    expect(again.errors?.cceaDesignationId).toEqual(ALREADY_PAIRED);
    expect(again.values?.rationale).toBe(fieldsFor(pair).rationale);
    expect(await pairingsOf(pair)).toBe(1);

    const racing = await freePair();
    const outcomes = await Promise.all(
      [user, await admin()].map((each) => asUser(each, () => submit(createPartnership, fieldsFor(racing)))),
    );
    expect(outcomes.filter((outcome) => outcome.redirectedTo)).toHaveLength(1);
    expect(
      outcomes.filter((outcome) => outcome.errors?.cceaDesignationId?.[0] === ALREADY_PAIRED[0]),
    ).toHaveLength(1);
    const row = await db.cityPartnership.findFirstOrThrow({
      where: racing,
      include: { statusChanges: true },
    });
    expect(row.statusChanges).toHaveLength(1);
    expect(await pairingsOf(racing)).toBe(1);
    expect(await auditEntries(row.id)).toHaveLength(1);
  });

  it("names wrong sides, a city paired with itself and unusable projects as field errors", async () => {
    await actAs(await admin());
    const matera = await designation("ECOC", "Matera", 2019);
    const xian = await designation("CCEA", "Xi'an", 2019);
    const before = await db.cityPartnership.count();

    const swapped = await submit(createPartnership, {
      ...fieldsFor({ ecocDesignationId: xian.id, cceaDesignationId: matera.id }),
    });
    expect(swapped.errors).toEqual({
      ecocDesignationId: ["Choose a European Capital of Culture from the list."],
      cceaDesignationId: ["Choose a Culture City of East Asia from the list."],
    });
    const empty = await submit(createPartnership, {
      ecocDesignationId: "",
      cceaDesignationId: "",
      rationale: "Too short",
    });
    expect(empty.errors).toMatchObject({
      ecocDesignationId: ["Choose a European Capital of Culture."],
      cceaDesignationId: ["Choose a Culture City of East Asia."],
      rationale: ["Write at least 20 characters."],
      status: expect.any(Array),
    });

    const itself = await db.designation.create({
      data: { cityId: matera.cityId, programme: "CCEA", year: 2099, status: "made by a test" },
    });
    const self = await submit(
      createPartnership,
      fieldsFor({ ecocDesignationId: matera.id, cceaDesignationId: itself.id }),
    );
    expect(self.errors?.cceaDesignationId).toEqual(["A city cannot be paired with itself."]);

    const elsewhere = await createProject({ partnershipId: (await insertPartnership()).id });
    const projects = await submit(createPartnership, {
      ...fieldsFor(await freePair()),
      addProjectSlugs: `no-such-project, ${elsewhere.slug}, not a slug!`,
    });
    expect(projects.errors?.addProjectSlugs).toEqual(["Not a project address or slug: slug!."]);
    const unknown = await submit(createPartnership, {
      ...fieldsFor(await freePair()),
      addProjectSlugs: `no-such-project ${elsewhere.slug}`,
    });
    expect(unknown.errors?.addProjectSlugs).toEqual([
      "No project has the address no-such-project.",
      `“${elsewhere.title}” belongs to another pairing: unlink it there first.`,
    ]);
    expect(await db.cityPartnership.count()).toBe(before + 1);
  });
});

describe("updatePartnership", () => {
  it("saves the fields, unlinks and links projects, and audits before and after", async () => {
    const partnership = await insertPartnership({ rationale: "Paired by a test, before the edit." });
    const [kept, dropped, added] = [
      await createProject({ partnershipId: partnership.id }),
      await createProject({ partnershipId: partnership.id }),
      await createProject(),
    ];
    const user = await admin();
    await actAs(user);
    const outcome = await submit(updatePartnership, {
      ...fieldsFor(partnership),
      partnershipId: partnership.id,
      cooperationAreas: ["CONSULTANCY"],
      sectors: [],
      rationale: "Rewritten after the cities met in Brussels.",
      unlinkProjectIds: [dropped.id],
      addProjectSlugs: added.slug,
    });
    expect(outcome).toEqual({ redirectedTo: `/admin/partnerships/${partnership.id}?saved=1` });
    expect(await db.cityPartnership.findUniqueOrThrow({ where: { id: partnership.id } })).toMatchObject({
      cooperationAreas: ["CONSULTANCY"],
      sectors: [],
      rationale: "Rewritten after the cities met in Brussels.",
      status: "PROPOSED",
    });
    const linked = await db.project.findMany({
      where: { partnershipId: partnership.id },
      select: { id: true },
    });
    expect(linked.map((project) => project.id).sort()).toEqual([kept.id, added.id].sort());
    const [audit] = await auditEntries(partnership.id);
    expect(audit).toMatchObject({
      actorId: user.id,
      action: "partnership.update",
      before: {
        rationale: "Paired by a test, before the edit.",
        linkedProjectIds: expect.arrayContaining([dropped.id]),
      },
      after: {
        cooperationAreas: ["CONSULTANCY"],
        linkedProjectIds: expect.arrayContaining([kept.id, added.id]),
      },
    });
  });

  it("refuses to turn a pairing into one that exists", async () => {
    const [one, other] = [await insertPartnership(), await insertPartnership()];
    await actAs(await admin());
    const outcome = await submit(updatePartnership, {
      ...fieldsFor({
        ecocDesignationId: other.ecocDesignationId,
        cceaDesignationId: other.cceaDesignationId,
      }),
      partnershipId: one.id,
    });
    expect(outcome.errors?.cceaDesignationId).toEqual(ALREADY_PAIRED);
    expect(await db.cityPartnership.findUniqueOrThrow({ where: { id: one.id } })).toMatchObject({
      ecocDesignationId: one.ecocDesignationId,
    });
    expect(await auditEntries(one.id)).toHaveLength(0);
  });
});

describe("deletePartnership", () => {
  it("deletes the pairing and its history, keeps its projects without a pairing, and audits it", async () => {
    const partnership = await insertPartnership({ statusChanges: { create: { toStatus: "PROPOSED" } } });
    const project = await createProject({ partnershipId: partnership.id });
    const user = await admin();
    await actAs(user);
    expect(await submit(deletePartnership, { partnershipId: partnership.id })).toEqual({
      redirectedTo: "/admin/partnerships?deleted=1",
    });
    expect(await db.cityPartnership.findUnique({ where: { id: partnership.id } })).toBeNull();
    expect(await db.partnershipStatusChange.count({ where: { partnershipId: partnership.id } })).toBe(0);
    expect((await db.project.findUniqueOrThrow({ where: { id: project.id } })).partnershipId).toBeNull();
    expect(await auditEntries(partnership.id)).toEqual([
      expect.objectContaining({
        actorId: user.id,
        action: "partnership.delete",
        before: expect.objectContaining({ rationale: partnership.rationale, linkedProjectIds: [project.id] }),
        after: null,
      }),
    ]);
    expect((await submit(deletePartnership, { partnershipId: partnership.id })).message).toMatch(
      /no longer exists/,
    );
  });
});

describe("changePartnershipStatus", () => {
  it("records from, to, note and who in the history and the audit log, and requires a note", async () => {
    const partnership = await insertPartnership();
    const user = await admin();
    await actAs(user);
    const noNote = await submit(changePartnershipStatus, {
      partnershipId: partnership.id,
      toStatus: "EXPLORING",
      note: " ",
    });
    expect(noNote.errors?.note).toEqual(["Write a short note on the change."]);
    const same = await submit(changePartnershipStatus, {
      partnershipId: partnership.id,
      toStatus: "PROPOSED",
      note: "Again.",
    });
    expect(same.errors?.toStatus?.[0]).toMatch(/already has this status/);
    expect(await auditEntries(partnership.id)).toHaveLength(0);

    const outcome = await submit(changePartnershipStatus, {
      partnershipId: partnership.id,
      toStatus: "EXPLORING",
      note: "The two festival teams met in Matera.",
    });
    expect(outcome).toMatchObject({ ok: true });
    const back = {
      partnershipId: partnership.id,
      toStatus: "PROPOSED",
      note: "Talks paused until next year.",
    };
    expect((await submit(changePartnershipStatus, back)).ok).toBe(true);

    const detail = await getPartnership(partnership.id);
    expect(detail?.status).toBe("PROPOSED");
    // Two quick changes may share a millisecond, so the order is not what this test checks.
    expect(detail?.statusChanges).toHaveLength(2);
    expect(detail?.statusChanges).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          fromStatus: "PROPOSED",
          toStatus: "EXPLORING",
          note: "The two festival teams met in Matera.",
          changedBy: { name: "Test member" },
        }),
        expect.objectContaining({
          fromStatus: "EXPLORING",
          toStatus: "PROPOSED",
          note: "Talks paused until next year.",
        }),
      ]),
    );
    const audits = await auditEntries(partnership.id);
    expect(audits).toHaveLength(2);
    expect(audits).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          actorId: user.id,
          action: "partnership.status",
          before: { status: "PROPOSED" },
          after: { status: "EXPLORING", note: "The two festival teams met in Matera." },
        }),
        expect.objectContaining({
          before: { status: "EXPLORING" },
          after: { status: "PROPOSED", note: "Talks paused until next year." },
        }),
      ]),
    );
    expect(revalidated.paths).toContain(`/partnerships/${partnership.id}`);
  });
});

describe("listPairingSuggestions", () => {
  it("lists titles of the other programme within two years that are not yet paired with it", async () => {
    const matera = await designation("ECOC", "Matera", 2019);
    const xian = await designation("CCEA", "Xi'an", 2019);
    const found = await listPairingSuggestions(matera.id);
    expect(found?.designation.label).toBe("Matera (Italy), ECoC 2019");
    const ids = found!.suggestions.map((suggestion) => suggestion.id);
    const years = await db.designation.findMany({
      where: { id: { in: ids } },
      select: { programme: true, year: true },
    });
    expect(years.every((each) => each.programme === "CCEA" && Math.abs(each.year - 2019) <= 2)).toBe(true);
    expect(ids).not.toContain(xian.id);
    expect(found!.suggestions[0]).toMatchObject({ yearsApart: 0, ecocDesignationId: matera.id });
    expect(found!.suggestions.map((suggestion) => suggestion.yearsApart)).toEqual(
      [...found!.suggestions.map((suggestion) => suggestion.yearsApart)].sort(),
    );
    const allNear = await db.designation.count({
      where: { programme: "CCEA", year: { gte: 2017, lte: 2021 } },
    });
    expect(ids).toHaveLength(allNear - 1);

    // Pairing one, through the same action as the "Pair" button, takes it off the list; the reverse works too.
    const pick = found!.suggestions[0];
    await actAs(await admin());
    await submit(createPartnership, { ...fieldsFor(pick), cooperationAreas: [], sectors: [] });
    expect((await listPairingSuggestions(matera.id))!.suggestions.map((s) => s.id)).not.toContain(pick.id);
    const reverse = await listPairingSuggestions(pick.cceaDesignationId);
    expect(reverse!.suggestions.map((s) => s.id)).not.toContain(matera.id);
    expect(reverse!.suggestions.every((s) => s.cceaDesignationId === pick.cceaDesignationId)).toBe(true);
    expect(await listPairingSuggestions("no-such-designation")).toBeNull();
  });
});

describe("authorisation", () => {
  it("refuses every action to members and sends anonymous requests to sign in; nothing changes", async () => {
    const partnership = await insertPartnership();
    const project = await createProject({ partnershipId: partnership.id });
    const pair = await freePair();
    const audits = await db.auditEntry.count();
    const attempts = [
      () => submit(createPartnership, fieldsFor(pair)),
      () =>
        submit(updatePartnership, {
          ...fieldsFor(partnership),
          partnershipId: partnership.id,
          unlinkProjectIds: [project.id],
        }),
      () =>
        submit(changePartnershipStatus, {
          partnershipId: partnership.id,
          toStatus: "ACTIVE",
          note: "Says who?",
        }),
      () => submit(deletePartnership, { partnershipId: partnership.id }),
    ];
    await actAs(await createMember());
    for (const attempt of attempts)
      expect((await attempt()).message).toBe("Only the portal's admins may do this.");
    await actAs(null);
    for (const attempt of attempts) expect((await attempt()).redirectedTo).toMatch(/^\/login/);

    expect(await pairingsOf(pair)).toBe(0);
    expect(await db.cityPartnership.findUniqueOrThrow({ where: { id: partnership.id } })).toMatchObject({
      status: "PROPOSED",
      rationale: partnership.rationale,
    });
    expect((await db.project.findUniqueOrThrow({ where: { id: project.id } })).partnershipId).toBe(
      partnership.id,
    );
    expect(await db.auditEntry.count()).toBe(audits);
  });
});
