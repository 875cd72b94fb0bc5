import { beforeEach, describe, expect, it } from "vitest";
import { submitRecommendation, updateRecommendation } from "@/lib/actions/recommendations";
import { db } from "@/lib/db";
import { listRecommendations } from "@/lib/queries/recommendations";
import { getWorkshopBySlug } from "@/lib/queries/workshops";
import { createRecommendation } from "../setup/factories";
import { createMember, createPerson } from "../setup/members";
import { actAs, asUser, expectRefusedFields, revalidated, submit } from "../setup/request";

const WORKSHOP = "ha-long-2010";

// Another member of an existing organisation, or a user of none.
const addUser = (organisationId: string | null) => createPerson(organisationId);

async function workshopId() {
  return (await db.workshop.findUniqueOrThrow({ where: { slug: WORKSHOP }, select: { id: true } })).id;
}

const valid = {
  language: "en",
  title: "Open a residency fund for young curators",
  text: "ASEF and the **ministries of culture** should fund *two-month* residencies for curators under 35.",
  audiences: ["ASEF", "MINISTRIES_OF_CULTURE"],
};

beforeEach(() => actAs(null));

describe("submitRecommendation", () => {
  it("saves a submitted recommendation that the workshop's list and /recommendations show", async () => {
    const user = await createMember({ name: "Hue Festival Friends" });
    const before = await db.recommendation.aggregate({
      where: { workshop: { slug: WORKSHOP } },
      _max: { position: true },
    });
    await actAs(user);

    const outcome = await submit(submitRecommendation, { ...valid, workshopId: await workshopId() });
    const saved = await db.recommendation.findFirstOrThrow({ where: { title: valid.title } });
    expect(outcome).toEqual({ redirectedTo: `/recommendations/${saved.id}` });
    expect(saved).toMatchObject({
      language: "en",
      text: valid.text,
      audiences: valid.audiences,
      status: "SUBMITTED",
      visibility: "PUBLISHED",
      submittedByOrganisationId: user.organisationId,
      submittedById: user.id,
      position: (before._max.position ?? 0) + 1,
      version: 1,
    });
    // The pages named, and every cached public page.
    expect(revalidated.tags).toEqual([`workshop:${WORKSHOP}`, "workshops:related", "recommendations:list"]);
    expect(revalidated.paths).toEqual(
      expect.arrayContaining([
        `/fr/cached/_/workshops/${WORKSHOP}`,
        "/[locale]/cached/[query]/recommendations",
      ]),
    );

    const workshop = await getWorkshopBySlug(WORKSHOP);
    expect(workshop?.recommendations.at(-1)).toMatchObject({
      id: saved.id,
      status: "SUBMITTED",
      submittedByOrganisation: { name: "Hue Festival Friends", verificationStatus: "UNVERIFIED" },
    });
    const listed = await listRecommendations({ workshop: WORKSHOP, status: "SUBMITTED" });
    expect(listed.items.map((item) => item.id)).toContain(saved.id);
  });

  it("names every invalid field, keeps what was typed and saves nothing", async () => {
    await actAs(await createMember());
    const fields = { title: "Fund", text: "Too short.", language: "tlh", workshopId: await workshopId() };
    const outcome = await expectRefusedFields(submitRecommendation, fields, {
      errors: ["audiences", "language", "text", "title"],
      kept: { title: "Fund", text: "Too short.", language: "tlh" },
      count: () => db.recommendation.count(),
    });
    expect(outcome.errors?.audiences).toEqual([
      "Choose at least one audience the recommendation is addressed to.",
    ]);
  });

  it("sends anonymous visitors to sign in", async () => {
    const outcome = await submit(submitRecommendation, { ...valid, workshopId: await workshopId() });
    expect(outcome.redirectedTo).toMatch(/^\/login\?callbackUrl=/);
  });

  it("refuses members of a rejected organisation and of none, and unknown workshops", async () => {
    const count = await db.recommendation.count();
    await actAs(await createMember({ verificationStatus: "REJECTED" }));
    const refused = await submit(submitRecommendation, { ...valid, workshopId: await workshopId() });
    expect(refused.message).toMatch(/cannot act on the portal/);
    expect(refused.values).toMatchObject({ title: valid.title });

    await actAs(await addUser(null));
    const alone = await submit(submitRecommendation, { ...valid, workshopId: await workshopId() });
    expect(alone.message).toMatch(/does not belong to an organisation/);

    await actAs(await createMember());
    const nowhere = await submit(submitRecommendation, { ...valid, workshopId: "no-such-workshop" });
    expect(nowhere.message).toMatch(/workshop no longer exists/);
    expect(await db.recommendation.count()).toBe(count);
  });

  it("gives concurrent submissions to one workshop distinct positions after the last", async () => {
    const members = await Promise.all(Array.from({ length: 10 }, () => createMember()));
    const id = await workshopId();
    const before = await db.recommendation.aggregate({ where: { workshopId: id }, _max: { position: true } });
    const outcomes = await Promise.all(
      members.map((member, index) =>
        asUser(member, () =>
          submit(submitRecommendation, { ...valid, title: `${valid.title} ${index}`, workshopId: id }),
        ),
      ),
    );
    expect(outcomes.every((outcome) => outcome.redirectedTo?.startsWith("/recommendations/"))).toBe(true);
    const saved = await db.recommendation.findMany({
      where: { workshopId: id, submittedById: { in: members.map((member) => member.id) } },
      select: { position: true },
      orderBy: { position: "asc" },
    });
    const first = (before._max.position ?? 0) + 1;
    expect(saved.map((row) => row.position)).toEqual(Array.from({ length: 10 }, (_, index) => first + index));
  });

  it("refuses a second recommendation at a workshop's taken position", async () => {
    const taken = await createRecommendation();
    await expect(
      createRecommendation({ workshopId: taken.workshopId, position: taken.position }),
    ).rejects.toThrow(/Unique constraint|duplicate key value/);
  });
});

describe("updateRecommendation", () => {
  async function submitted(status: "SUBMITTED" | "FORWARDED" = "SUBMITTED") {
    const owner = await createMember();
    const recommendation = await createRecommendation({
      submittedByOrganisationId: owner.organisationId,
      submittedByLabel: null,
      status,
    });
    return { owner, recommendation };
  }

  const edit = (recommendationId: string, changes: Partial<typeof valid> = {}) =>
    submit(updateRecommendation, { ...valid, ...changes, recommendationId });

  it("lets any member of the submitting organisation edit, and admins", async () => {
    const { owner, recommendation } = await submitted();
    await actAs(await addUser(owner.organisationId));
    expect(await edit(recommendation.id, { language: "vi" })).toEqual({
      redirectedTo: `/recommendations/${recommendation.id}`,
    });
    expect(await db.recommendation.findUniqueOrThrow({ where: { id: recommendation.id } })).toMatchObject({
      language: "vi",
      title: valid.title,
      text: valid.text,
      audiences: valid.audiences,
    });

    await actAs(await createMember({}, "ADMIN"));
    const outcome = await edit(recommendation.id, { title: "Open a residency fund for curators" });
    expect(outcome.redirectedTo).toBe(`/recommendations/${recommendation.id}`);
    expect(revalidated.paths).toContain(`/workshops/${WORKSHOP}`);
  });

  it("refuses another organisation's members and changes nothing", async () => {
    const { recommendation } = await submitted();
    await actAs(await createMember());
    const outcome = await edit(recommendation.id);
    expect(outcome.message).toMatch(/Only members of the organisation that submitted/);
    expect(outcome.values).toMatchObject({ title: valid.title });
    const stored = await db.recommendation.findUniqueOrThrow({ where: { id: recommendation.id } });
    expect(stored).toMatchObject({ title: recommendation.title, text: recommendation.text, version: 1 });
  });

  it("refuses members once the recommendation is past review or hidden, but not admins", async () => {
    const { owner, recommendation } = await submitted("FORWARDED");
    await actAs(owner);
    expect((await edit(recommendation.id)).message).toMatch(/past review .*can no longer be edited/);

    const hidden = await createRecommendation({
      submittedByOrganisationId: owner.organisationId,
      visibility: "HIDDEN",
    });
    expect((await edit(hidden.id)).message).toMatch(/moderators hid this recommendation/);
    const stored = await db.recommendation.findMany({
      where: { id: { in: [recommendation.id, hidden.id] } },
    });
    expect(stored.map((row) => row.title).sort()).toEqual([recommendation.title, hidden.title].sort());

    await actAs(await createMember({}, "ADMIN"));
    expect((await edit(recommendation.id)).redirectedTo).toBe(`/recommendations/${recommendation.id}`);
  });

  it("makes a new version only when the title or the text changes", async () => {
    const { owner, recommendation } = await submitted();
    await actAs(owner);
    const version = async () =>
      (await db.recommendation.findUniqueOrThrow({ where: { id: recommendation.id } })).version;
    const { title, text } = recommendation;
    const longer = `${text} Also for museums.`;

    await edit(recommendation.id, { title, text, audiences: ["ASEF"] });
    expect(await version()).toBe(1);
    await edit(recommendation.id, { title, text: longer });
    expect(await version()).toBe(2);
    await edit(recommendation.id, { title, text: longer, audiences: ["NGOS_AND_ASSOCIATIONS"] });
    expect(await version()).toBe(2);
    await edit(recommendation.id, { title: "A clearer title for the test", text: longer });
    expect(await version()).toBe(3);
  });
});
