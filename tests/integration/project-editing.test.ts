import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { updateProject } from "@/lib/actions/projects";
import { getCurrentUser } from "@/lib/dal";
import { db } from "@/lib/db";
import { can } from "@/lib/permissions";
import { findProjectForEdit } from "@/lib/queries/projects";
import { createOrganisation, createProject } from "../setup/factories";
import { createMember } from "../setup/members";
import { actAs, revalidated, submit } from "../setup/request";

const projectWithLinks = (id: string) =>
  db.project.findUniqueOrThrow({
    where: { id },
    include: {
      partners: { select: { organisationId: true } },
      countries: { select: { countryCode: true }, orderBy: { countryCode: "asc" } },
      cities: { select: { cityId: true } },
    },
  });

let cityIds: string[];

beforeAll(async () => {
  cityIds = (await db.city.findMany({ take: 2, orderBy: { id: "asc" }, select: { id: true } })).map(
    (city) => city.id,
  );
});

beforeEach(() => actAs(null));

// A project of a new organisation with one member, and the fields its edit form sends back unchanged.
async function ownProject() {
  const member = await createMember();
  const partner = await createOrganisation();
  const project = await createProject({
    leadOrganisationId: member.organisationId,
    partnerIds: [partner.id],
    countries: ["VN", "FR"],
    cities: { create: [{ cityId: cityIds[0] }] },
  });
  const fields = {
    projectId: project.id,
    title: project.title,
    summary: project.summary,
    description: project.description,
    language: project.language,
    partnerOrganisationIds: [partner.id],
    countryCodes: ["VN", "FR"],
    cityIds: [cityIds[0]],
    disciplines: project.disciplines,
    cooperationAreas: project.cooperationAreas,
    startDate: "2024-03-01",
    endDate: "2025-06-30",
  };
  return { member, project, fields };
}

describe("updateProject", () => {
  it("lets a member of the lead organisation replace the lists, keeping the slug and the version", async () => {
    const { member, project, fields } = await ownProject();
    const newPartner = await createOrganisation();
    await actAs(member);
    const outcome = await submit(updateProject, {
      ...fields,
      partnerOrganisationIds: [newPartner.id],
      countryCodes: ["JP"],
      cityIds: [cityIds[1]],
      disciplines: ["FILM"],
      endDate: "",
    });
    expect(outcome).toEqual({ redirectedTo: `/projects/${project.slug}` });
    expect(await projectWithLinks(project.id)).toMatchObject({
      slug: project.slug,
      version: 1,
      disciplines: ["FILM"],
      endDate: null,
      partners: [{ organisationId: newPartner.id }],
      countries: [{ countryCode: "JP" }],
      cities: [{ cityId: cityIds[1] }],
    });
    expect(revalidated.paths).toContain(`/projects/${project.slug}`);
  });

  it("makes a new version only when the title, summary or description changes", async () => {
    const { member, project, fields } = await ownProject();
    await actAs(member);
    const version = async () => (await db.project.findUniqueOrThrow({ where: { id: project.id } })).version;
    await submit(updateProject, { ...fields, cooperationAreas: ["BRANDING"], website: "https://x.example" });
    expect(await version()).toBe(1);
    await submit(updateProject, { ...fields, title: `${fields.title} (renamed)` });
    expect(await version()).toBe(2);
    await submit(updateProject, { ...fields, summary: "A new summary of this project." });
    expect(await version()).toBe(3);
    await submit(updateProject, { ...fields, description: `${fields.description} More.` });
    expect(await version()).toBe(4);
    expect((await db.project.findUniqueOrThrow({ where: { id: project.id } })).slug).toBe(project.slug);
  });

  it("refuses a member of another organisation and changes nothing", async () => {
    const { project, fields } = await ownProject();
    const before = await projectWithLinks(project.id);
    await actAs(await createMember({ verificationStatus: "VERIFIED" }));
    const outcome = await submit(updateProject, { ...fields, title: "Taken over", countryCodes: ["JP"] });
    expect(outcome.message).toMatch(/is led by .*: only its members and the portal's admins may edit it/);
    expect(outcome.values?.title).toBe("Taken over");
    expect(await projectWithLinks(project.id)).toEqual(before);
  });

  it("lets an admin edit any project, without changing its lead organisation", async () => {
    const { member, project, fields } = await ownProject();
    const admin = await createMember({}, "ADMIN");
    await actAs(admin);
    const outcome = await submit(updateProject, {
      ...fields,
      title: "Corrected by an admin",
      leadOrganisationId: admin.organisationId,
    });
    expect(outcome.redirectedTo).toBe(`/projects/${project.slug}`);
    expect(await db.project.findUniqueOrThrow({ where: { id: project.id } })).toMatchObject({
      title: "Corrected by an admin",
      leadOrganisationId: member.organisationId,
      version: 2,
    });
  });

  it("refuses members a hidden project, which admins may still edit", async () => {
    const { member, project, fields } = await ownProject();
    await db.project.update({ where: { id: project.id }, data: { visibility: "HIDDEN" } });
    await actAs(member);
    const refused = await submit(updateProject, { ...fields, title: "Back again" });
    expect(refused.message).toMatch(/moderators hid this project/);
    expect((await db.project.findUniqueOrThrow({ where: { id: project.id } })).title).toBe(fields.title);

    await actAs(await createMember({}, "ADMIN"));
    expect((await submit(updateProject, { ...fields, title: "Edited while hidden" })).redirectedTo).toBe(
      `/projects/${project.slug}`,
    );
  });

  it("refuses an unknown project, a member whose organisation was rejected, and anonymous visitors", async () => {
    const { member, project, fields } = await ownProject();
    await actAs(member);
    expect((await submit(updateProject, { ...fields, projectId: "no-such-project" })).message).toMatch(
      /does not exist/,
    );
    await db.organisation.update({
      where: { id: member.organisationId },
      data: { verificationStatus: "REJECTED" },
    });
    await actAs(member);
    expect((await submit(updateProject, { ...fields, title: "Still mine" })).message).toMatch(
      /cannot act on the portal/,
    );
    await actAs(null);
    expect((await submit(updateProject, fields)).redirectedTo).toMatch(/^\/login/);
    expect((await db.project.findUniqueOrThrow({ where: { id: project.id } })).title).toBe(fields.title);
  });
});

describe("who may open the edit form", () => {
  it("is the lead organisation's members, while it may act, and admins", async () => {
    const { member, project } = await ownProject();
    const cases = [
      [member, true],
      [await createMember(), false],
      [await createMember({}, "ADMIN"), true],
    ] as const;
    const entry = (await findProjectForEdit({ slug: project.slug }))!;
    for (const [user, may] of cases) {
      await actAs(user);
      expect(can(await getCurrentUser(), "editProject", entry).allowed).toBe(may);
    }
    expect(can(null, "editProject", entry).allowed).toBe(false);

    await db.organisation.update({
      where: { id: member.organisationId },
      data: { mergedIntoId: (await createOrganisation()).id },
    });
    await actAs(member);
    expect(can(await getCurrentUser(), "editProject", entry)).toEqual({
      allowed: false,
      reason: { key: "organisationInactive", values: { organisation: expect.any(String) } },
    });
  });
});
