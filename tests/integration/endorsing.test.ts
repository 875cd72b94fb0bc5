import { beforeEach, describe, expect, it } from "vitest";
import { endorseEntry, withdrawEndorsement } from "@/lib/actions/endorsements";
import { updateRecommendation } from "@/lib/actions/recommendations";
import { db } from "@/lib/db";
import { listEndorsements } from "@/lib/queries/endorsements";
import { createOrganisation, createProject, createRecommendation } from "../setup/factories";
import { createMember, createPerson } from "../setup/members";
import { actAs, asUser, revalidated, submit } from "../setup/request";

// Another member of an existing organisation, or a user of none.
const addUser = (organisationId: string | null) => createPerson(organisationId);

const storedCount = async (projectId: string) =>
  (await db.project.findUniqueOrThrow({ where: { id: projectId } })).endorsementCount;

beforeEach(() => actAs(null));

describe("endorseEntry and withdrawEndorsement", () => {
  it("endorse and withdraw keep the stored count, and save the statement, the member and the version", async () => {
    const project = await createProject({ version: 3 });
    const user = await createMember({ name: "Kansai Stage Network", countryCode: "JP" });
    await actAs(user);

    const endorsed = await submit(endorseEntry, { projectId: project.id, statement: "  We back this.  " });
    expect(endorsed).toEqual({ ok: true, message: "Kansai Stage Network now endorses this entry." });
    expect(await storedCount(project.id)).toBe(1);
    expect(await db.endorsement.findFirstOrThrow({ where: { projectId: project.id } })).toMatchObject({
      organisationId: user.organisationId,
      userId: user.id,
      statement: "We back this.",
      version: 3,
    });
    // The entry's tags and cached page, and every cached page that lists projects; no other.
    expect(revalidated.tags).toEqual([`project:${project.slug}`, "projects:related", "projects:list"]);
    expect(revalidated.paths).toEqual(
      expect.arrayContaining([
        `/fr/cached/_/projects/${project.slug}`,
        "/[locale]/cached/[query]/projects",
        "/[locale]/cached/[query]/organizations/[slug]",
      ]),
    );
    expect(revalidated.paths).not.toContain("/[locale]/cached/[query]/recommendations");
    const twice = await submit(endorseEntry, { projectId: project.id });
    expect(twice.message).toBe("Your organisation already endorses this entry.");
    expect(await storedCount(project.id)).toBe(1);

    const withdrawn = await submit(withdrawEndorsement, { projectId: project.id });
    expect(withdrawn.ok).toBe(true);
    expect(await storedCount(project.id)).toBe(0);
    expect(await db.endorsement.count({ where: { projectId: project.id } })).toBe(0);

    const again = await submit(withdrawEndorsement, { projectId: project.id });
    expect(again.message).toBe("Your organisation does not endorse this entry.");
    expect(await storedCount(project.id)).toBe(0);
  });

  it("endorses recommendations too, without a statement", async () => {
    const recommendation = await createRecommendation();
    await actAs(await createMember());
    expect((await submit(endorseEntry, { recommendationId: recommendation.id, statement: " " })).ok).toBe(
      true,
    );
    const stored = await db.recommendation.findUniqueOrThrow({
      where: { id: recommendation.id },
      select: { endorsementCount: true, endorsements: { select: { statement: true } } },
    });
    expect(stored).toEqual({ endorsementCount: 1, endorsements: [{ statement: null }] });
  });

  it("refuses an organisation's own project, as lead or as partner, and its own recommendation", async () => {
    const lead = await createMember({ name: "Lead organisation" });
    const partner = await createMember({ name: "Partner organisation" });
    const project = await createProject({
      leadOrganisationId: lead.organisationId,
      partnerIds: [partner.organisationId],
    });
    const recommendation = await createRecommendation({ submittedByOrganisationId: lead.organisationId });
    const refusal = (name: string, relation = "leads or is a partner of this project") =>
      `${name} ${relation}, so it cannot endorse it: endorsements come from other organisations.`;

    await actAs(lead);
    expect((await submit(endorseEntry, { projectId: project.id })).message).toBe(
      refusal("Lead organisation"),
    );
    expect((await submit(endorseEntry, { recommendationId: recommendation.id })).message).toBe(
      refusal("Lead organisation", "submitted this recommendation"),
    );
    await actAs(partner);
    expect((await submit(endorseEntry, { projectId: project.id })).message).toBe(
      refusal("Partner organisation"),
    );
    expect(await storedCount(project.id)).toBe(0);
    expect(await db.endorsement.count({ where: { organisationId: lead.organisationId } })).toBe(0);
  });

  it("refuses hidden and unknown entries, and a form naming two or no entries", async () => {
    const hidden = await createProject({ visibility: "HIDDEN", hiddenReason: "Spam" });
    const recommendation = await createRecommendation();
    await actAs(await createMember());

    expect((await submit(endorseEntry, { projectId: hidden.id })).message).toMatch(/hidden/);
    expect((await submit(endorseEntry, { recommendationId: "no-such-entry" })).message).toMatch(
      /does not exist/,
    );
    const both = await submit(endorseEntry, { projectId: hidden.id, recommendationId: recommendation.id });
    expect(both.ok).toBe(false);
    expect((await submit(endorseEntry, {})).ok).toBe(false);
    expect(await db.endorsement.count({ where: { projectId: hidden.id } })).toBe(0);
    expect(await storedCount(hidden.id)).toBe(0);
  });

  it("names a statement that is too long and keeps it", async () => {
    const project = await createProject();
    await actAs(await createMember());
    const statement = "x".repeat(501);
    const outcome = await submit(endorseEntry, { projectId: project.id, statement });
    expect(outcome.errors?.statement).toEqual(["Shorten the statement to at most 500 characters."]);
    expect(outcome.values?.statement).toBe(statement);
  });

  it("sends anonymous visitors to sign in and refuses members who cannot act for an organisation", async () => {
    const project = await createProject();
    expect((await submit(endorseEntry, { projectId: project.id })).redirectedTo).toMatch(/^\/login/);

    await actAs(await addUser(null));
    expect((await submit(endorseEntry, { projectId: project.id })).message).toMatch(
      /does not belong to an organisation/,
    );
    await actAs(await createMember({ verificationStatus: "REJECTED" }));
    expect((await submit(endorseEntry, { projectId: project.id })).message).toMatch(/cannot act/);
    expect(await storedCount(project.id)).toBe(0);
  });
});

describe("endorsing under concurrency", () => {
  it("counts 20 concurrent endorsements by 20 organisations exactly", async () => {
    const project = await createProject();
    const members = await Promise.all(Array.from({ length: 20 }, () => createMember()));
    const outcomes = await Promise.all(
      members.map((member) => asUser(member, () => submit(endorseEntry, { projectId: project.id }))),
    );
    expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(20);
    expect(await storedCount(project.id)).toBe(20);
    expect(await db.endorsement.count({ where: { projectId: project.id } })).toBe(20);
  });

  it("keeps one of 10 concurrent endorsements by one organisation and answers the others", async () => {
    const project = await createProject();
    const organisation = await createOrganisation();
    const users = await Promise.all(Array.from({ length: 10 }, () => addUser(organisation.id)));
    const outcomes = await Promise.all(
      users.map((user) => asUser(user, () => submit(endorseEntry, { projectId: project.id }))),
    );
    expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(1);
    expect(outcomes.filter((outcome) => !outcome.ok).map((outcome) => outcome.message)).toEqual(
      Array(9).fill("Your organisation already endorses this entry."),
    );
    expect(await storedCount(project.id)).toBe(1);
    expect(await db.endorsement.count({ where: { projectId: project.id } })).toBe(1);
  });
});

describe("endorsements of an earlier version", () => {
  it("are marked once the entry's text changes", async () => {
    const submitter = await createMember();
    const recommendation = await createRecommendation({
      submittedByOrganisationId: submitter.organisationId,
    });
    const early = await createMember({ name: "Early endorser" });
    const late = await createMember({ name: "Late endorser" });

    await actAs(early);
    await submit(endorseEntry, { recommendationId: recommendation.id });
    await actAs(submitter);
    const edited = await submit(updateRecommendation, {
      recommendationId: recommendation.id,
      title: recommendation.title,
      text: `${recommendation.text} Now with a clearer deadline.`,
      audiences: recommendation.audiences,
      language: recommendation.language,
    });
    expect(edited.redirectedTo).toBe(`/recommendations/${recommendation.id}`);
    await actAs(late);
    await submit(endorseEntry, { recommendationId: recommendation.id });

    const { items } = await listEndorsements({ recommendationId: recommendation.id });
    const marks = Object.fromEntries(items.map((item) => [item.organisation.name, item]));
    expect(marks["Early endorser"]).toMatchObject({ version: 1, earlierVersion: true });
    expect(marks["Late endorser"]).toMatchObject({ version: 2, earlierVersion: false });
  });
});
