import { randomUUID } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createProject } from "@/lib/actions/projects";
import { db } from "@/lib/db";
import { listProjects } from "@/lib/queries/projects";
import { createOrganisation, createRecommendation } from "../setup/factories";
import { createMember } from "../setup/members";
import { actAs, expectRefusedFields, revalidated, submit } from "../setup/request";

type Fields = Record<string, string | string[] | undefined>;

let cityIds: string[];
let workshopId: string;
let partnershipId: string;

beforeAll(async () => {
  cityIds = (await db.city.findMany({ take: 2, orderBy: { id: "asc" }, select: { id: true } })).map(
    (city) => city.id,
  );
  workshopId = (await db.workshop.findUniqueOrThrow({ where: { slug: "ha-long-2010" } })).id;
  partnershipId = (await db.cityPartnership.findFirstOrThrow({ orderBy: { id: "asc" } })).id;
});

beforeEach(() => actAs(null));

const validFields = (overrides: Fields = {}): Fields => ({
  title: `Shared Stages ${randomUUID().slice(0, 8)}`,
  summary: "Theatre makers from Hanoi and Lyon create a play together.",
  description: "Two companies **rehearse** in both cities and tour the result through Viet Nam and France.",
  language: "en",
  countryCodes: ["VN", "FR"],
  disciplines: ["PERFORMING_ARTS", "MUSIC"],
  cooperationAreas: "CO_CREATIONS",
  ...overrides,
});

describe("createProject", () => {
  it("saves every field, led by the member's own organisation whatever the request names", async () => {
    const member = await createMember({ verificationStatus: "UNVERIFIED" });
    const [partner, elsewhere] = [await createOrganisation(), await createOrganisation()];
    const recommendation = await createRecommendation();
    await actAs(member);
    const fields = validFields({
      leadOrganisationId: elsewhere.id,
      partnerOrganisationIds: [partner.id],
      cityIds,
      startDate: "2025-03-01",
      endDate: "2026-06-30",
      website: "https://stages.example.org",
      partnershipId,
      workshopId,
      recommendationId: recommendation.id,
    });
    const outcome = await submit(createProject, fields);

    const project = await db.project.findUniqueOrThrow({
      where: { slug: outcome.redirectedTo!.replace("/projects/", "") },
      include: {
        partners: { select: { organisationId: true } },
        countries: { select: { countryCode: true }, orderBy: { countryCode: "asc" } },
        cities: { select: { cityId: true }, orderBy: { cityId: "asc" } },
      },
    });
    expect(outcome.redirectedTo).toMatch(/^\/projects\/shared-stages-/);
    expect(project).toMatchObject({
      title: fields.title,
      summary: fields.summary,
      description: fields.description,
      leadOrganisationId: member.organisationId,
      createdById: member.id,
      disciplines: ["PERFORMING_ARTS", "MUSIC"],
      cooperationAreas: ["CO_CREATIONS"],
      website: "https://stages.example.org",
      partnershipId,
      workshopId,
      recommendationId: recommendation.id,
      visibility: "PUBLISHED",
      version: 1,
      partners: [{ organisationId: partner.id }],
      countries: [{ countryCode: "FR" }, { countryCode: "VN" }],
      cities: [...cityIds].sort().map((cityId) => ({ cityId })),
    });
    expect(project.startDate?.toISOString().slice(0, 10)).toBe("2025-03-01");
    expect(project.endDate?.toISOString().slice(0, 10)).toBe("2026-06-30");
    expect(revalidated.paths).toContain("/projects");

    const { slug } = await db.organisation.findUniqueOrThrow({ where: { id: member.organisationId } });
    const listed = await listProjects({ organisation: slug });
    expect(listed.items.map((item) => item.slug)).toEqual([project.slug]);
    expect(listed.items[0].leadOrganisation.verificationStatus).toBe("UNVERIFIED");
  });

  it("gives a second project with the same title a slug of its own", async () => {
    await actAs(await createMember());
    const fields = validFields();
    const first = await submit(createProject, fields);
    const second = await submit(createProject, fields);
    expect(first.redirectedTo).toMatch(/^\/projects\/shared-stages-/);
    expect(second.redirectedTo).toBe(`${first.redirectedTo}-2`);
  });

  it("names every bad field, keeps what was typed and saves nothing", async () => {
    await actAs(await createMember());
    const fields = {
      title: "ab",
      summary: "short",
      description: "",
      disciplines: "DANCE",
      startDate: "2025-13-01",
      endDate: "1850-01-01",
      website: "javascript:alert(1)",
    };
    await expectRefusedFields(createProject, fields, {
      // Besides every field sent, those left out: they are required too.
      errors: [...Object.keys(fields), "cooperationAreas", "countryCodes", "language"],
      kept: { title: "ab", website: "javascript:alert(1)", disciplines: "DANCE" },
      count: () => db.project.count(),
    });
  });

  it("refuses web addresses that are not http(s), and an end before the start", async () => {
    await actAs(await createMember());
    const before = await db.project.count();
    for (const website of ["javascript:alert(1)", "ftp://stages.example.org"]) {
      const outcome = await submit(createProject, validFields({ website }));
      expect(Object.keys(outcome.errors ?? {})).toEqual(["website"]);
    }
    const dates = await submit(
      createProject,
      validFields({ startDate: "2025-03-01", endDate: "2025-02-28" }),
    );
    expect(dates.errors).toEqual({ endDate: ["The end date cannot be before the start date."] });
    expect(await db.project.count()).toBe(before);
  });

  it("answers ids that name nothing the form offers with a field error", async () => {
    const member = await createMember();
    const rejected = await createOrganisation({ verificationStatus: "REJECTED" });
    const hidden = await createRecommendation({ visibility: "HIDDEN" });
    await actAs(member);
    const before = await db.project.count();
    const outcome = await submit(
      createProject,
      validFields({
        countryCodes: ["VN", "XX"],
        cityIds: [cityIds[0], "no-such-city"],
        partnerOrganisationIds: [rejected.id],
        partnershipId: "no-such-partnership",
        workshopId: "no-such-workshop",
        recommendationId: hidden.id,
      }),
    );
    expect(outcome.errors).toEqual({
      countryCodes: ["Choose countries from the list."],
      cityIds: ["Choose cities from the list."],
      partnerOrganisationIds: ["Choose partner organisations from the list."],
      partnershipId: ["Choose a city partnership from the list."],
      workshopId: ["Choose a workshop from the list."],
      recommendationId: ["Choose a recommendation from the list."],
    });
    expect(outcome.values?.countryCodes).toEqual(["VN", "XX"]);

    const ownOrganisation = await submit(
      createProject,
      validFields({ partnerOrganisationIds: [member.organisationId] }),
    );
    expect(ownOrganisation.errors?.partnerOrganisationIds?.[0]).toMatch(/lead organisation cannot also be/);
    expect(await db.project.count()).toBe(before);
  });

  it("sends anonymous visitors to sign in, and refuses members of a rejected or merged organisation", async () => {
    const before = await db.project.count();
    expect((await submit(createProject, validFields())).redirectedTo).toMatch(/^\/login\?callbackUrl=/);

    await actAs(await createMember({ verificationStatus: "REJECTED" }));
    const rejected = await submit(createProject, validFields());
    expect(rejected.message).toMatch(/cannot act on the portal/);
    expect(rejected.values?.title).toBeDefined();

    const { id: mergedIntoId } = await createOrganisation();
    await actAs(await createMember({ mergedIntoId }));
    expect((await submit(createProject, validFields())).message).toMatch(/cannot act on the portal/);
    expect(await db.project.count()).toBe(before);
  });
});
