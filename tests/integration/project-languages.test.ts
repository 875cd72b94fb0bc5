import { beforeEach, describe, expect, it } from "vitest";
import { projectVersion } from "@/lib/project-versions";
import { createProject, deleteProjectTranslation, saveProjectTranslation } from "@/lib/actions/projects";
import { db } from "@/lib/db";
import { getProjectBySlug, listProjects } from "@/lib/queries/projects";
import { createProject as createProjectRow } from "../setup/factories";
import { createMember } from "../setup/members";
import { actAs, revalidated, submit } from "../setup/request";

beforeEach(() => actAs(null));

const projectFields = (language: string) => ({
  title: "Mekong Shadow Theatre",
  summary: "Shadow puppeteers from Cambodia and Korea share a stage.",
  description: "Two companies make a shadow play together and tour it in both countries.",
  language,
  countryCodes: ["KH", "KR"],
  disciplines: "PERFORMING_ARTS",
  cooperationAreas: "CO_CREATIONS",
});

// A project of a new organisation, with one member who may edit it.
async function ownProject(language = "en") {
  const member = await createMember();
  const project = await createProjectRow({ leadOrganisationId: member.organisationId, language });
  return { member, project };
}

describe("a project's language", () => {
  it("is saved as the member chose it", async () => {
    await actAs(await createMember());
    const outcome = await submit(createProject, projectFields("ko"));
    const slug = outcome.redirectedTo!.replace("/projects/", "");
    expect(await db.project.findUniqueOrThrow({ where: { slug }, select: { language: true } })).toEqual({
      language: "ko",
    });
  });

  it("is refused when not one of the list, with the message next to it and the input kept", async () => {
    await actAs(await createMember());
    const before = await db.project.count();
    const outcome = await submit(createProject, projectFields("tlh"));
    expect(outcome.ok).toBe(false);
    expect(outcome.errors).toEqual({ language: ["Choose the language from the list."] });
    expect(outcome.values).toMatchObject({ language: "tlh", title: "Mekong Shadow Theatre" });
    expect(await db.project.count()).toBe(before);
  });
});

describe("a project's title and summary in other languages", () => {
  const french = {
    language: "fr",
    title: "Théâtre d'ombres du Mékong",
    summary: "Des marionnettistes d'ombres du Cambodge et de Corée partagent une scène.",
  };

  it("are added and replaced by a member of the lead organisation, found by search and shown by locale", async () => {
    const { member, project } = await ownProject();
    await actAs(member);
    const added = await submit(saveProjectTranslation, { projectId: project.id, ...french });
    expect(added.redirectedTo).toBe(`/projects/${project.slug}/edit#translations`);
    expect(revalidated.paths).toContain(`/projects/${project.slug}`);

    const replaced = await submit(saveProjectTranslation, {
      projectId: project.id,
      ...french,
      title: "Théâtre d'ombres sur le Mékong",
    });
    expect(replaced.redirectedTo).toBeDefined();
    expect(
      await db.projectTranslation.findMany({
        where: { projectId: project.id },
        select: { language: true, title: true },
      }),
    ).toEqual([{ language: "fr", title: "Théâtre d'ombres sur le Mékong" }]);

    // Found by a word of the translated title only (not in the English text).
    const found = await listProjects({ q: "ombres mékong" });
    expect(found.items.map((item) => item.slug)).toContain(project.slug);

    const detail = (await getProjectBySlug(project.slug))!;
    expect(projectVersion(detail, "fr").shown).toEqual({
      language: "fr",
      title: "Théâtre d'ombres sur le Mékong",
      summary: french.summary,
    });
    const inEnglish = projectVersion(detail, "en");
    expect(inEnglish.shown.language).toBe("en");
    expect(inEnglish.others.map((version) => version.language)).toEqual(["fr"]);
    // A reader in a language no one gave gets the original, with the others beside it.
    expect(projectVersion(detail, "ko").shown.title).toBe(project.title);

    await submit(deleteProjectTranslation, { projectId: project.id, language: "fr" });
    expect(await db.projectTranslation.count({ where: { projectId: project.id } })).toBe(0);
  });

  it("are refused next to the field, keeping the input, when invalid or in the project's own language", async () => {
    const { member, project } = await ownProject("en");
    await actAs(member);
    const short = await submit(saveProjectTranslation, { projectId: project.id, ...french, title: "ab" });
    expect(short.ok).toBe(false);
    expect(short.errors).toEqual({ title: ["Enter a title of at least 3 characters."] });
    expect(short.values).toMatchObject({ title: "ab", summary: french.summary, language: "fr" });

    const own = await submit(saveProjectTranslation, { projectId: project.id, ...french, language: "en" });
    expect(own.errors?.language).toEqual([expect.stringMatching(/language the project is written in/)]);
    expect(own.values).toMatchObject({ title: french.title, language: "en" });

    const unknown = await submit(saveProjectTranslation, {
      projectId: project.id,
      ...french,
      language: "xx",
    });
    expect(unknown.errors).toEqual({ language: ["Choose the language from the list."] });
    expect(await db.projectTranslation.count({ where: { projectId: project.id } })).toBe(0);
  });

  it("are refused to another organisation's member, who changes nothing", async () => {
    const { project } = await ownProject();
    await actAs(await createMember());
    const outcome = await submit(saveProjectTranslation, { projectId: project.id, ...french });
    expect(outcome.ok).toBe(false);
    expect(outcome.message).toMatch(/only its members/);
    expect(outcome.redirectedTo).toBeUndefined();
    expect(await db.projectTranslation.count({ where: { projectId: project.id } })).toBe(0);
  });
});
