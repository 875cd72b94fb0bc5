import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listProjects } from "@/lib/queries/projects";
import { createOrganisation, createProject, uniqueWord } from "../setup/factories";

const slugsOf = async (q: string) => {
  const found = await listProjects({ q }, 500);
  return found.items.map((project) => project.slug);
};

describe("project search by names", () => {
  it("finds the projects an organisation leads by its name", async () => {
    const lead = await db.organisation.findFirstOrThrow({
      where: { name: "Ganges Music Archive" },
      select: { id: true },
    });
    const led = await db.project.findMany({
      where: { leadOrganisationId: lead.id, visibility: "PUBLISHED" },
      select: { slug: true },
    });
    expect(led.length).toBeGreaterThan(0);
    const found = await slugsOf("Ganges");
    for (const { slug } of led) expect(found).toContain(slug);
  });

  it("finds the parts of words joined by a hyphen or a slash, numbers too", async () => {
    const word = uniqueWord("season");
    const project = await createProject({
      title: `${word} 2019-2020 project-12345678`,
      summary: `Tours 1e5a/2031 and ${word}-Europe.`,
    });
    for (const q of [`${word} 2020`, `${word} 12345678`, `${word} 2019 2020`, `${word} 2031`, `${word} 1e5a`])
      expect(await slugsOf(q), q).toEqual([project.slug]);
    const partner = await createOrganisation({ name: `${word}-Nord Ensemble` });
    const partnered = await createProject({ partnerIds: [partner.id] });
    expect(await slugsOf(`nord ${word}`)).toContain(partnered.slug);
  });

  it("finds a project by a partner organisation's name, not by words of its description", async () => {
    const word = `Zither${randomUUID().slice(0, 6)}`;
    const partner = await createOrganisation({ name: `${word} Ensemble`, description: "Nothing to see." });
    const project = await createProject({ partnerIds: [partner.id] });
    expect(await slugsOf(word.toLowerCase())).toEqual([project.slug]);
    await createOrganisation({ name: "Quiet Ensemble", description: `Friends of ${word}2 music.` });
    expect(await slugsOf(`${word}2`)).toEqual([]);
  });

  it("finds a country's projects by either spelling, ASEM's and its alias", async () => {
    const country = await db.country.findUniqueOrThrow({
      where: { code: "VN" },
      select: { name: true, alternativeNames: true },
    });
    expect(country).toEqual({ name: "Vietnam", alternativeNames: ["Viet Nam"] });
    const project = await createProject({ countries: ["VN"] });
    const bySpelling = await slugsOf("Viet Nam");
    expect(bySpelling).toContain(project.slug);
    expect(new Set(await slugsOf("vietnam"))).toEqual(new Set(bySpelling));
    expect(await slugsOf("Lao PDR")).not.toContain(project.slug);
  });

  it("takes a short word for a whole country name only", async () => {
    const project = await createProject({ countries: ["IN"] });
    expect(await slugsOf("india")).toContain(project.slug);
    expect(await slugsOf("ind")).not.toContain(project.slug);
  });
});
