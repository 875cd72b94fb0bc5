import { parse } from "csv-parse/sync";
import { describe, expect, it, vi } from "vitest";
import { GET as organisationsCsv } from "@/app/[locale]/(site)/organizations/export.csv/route";
import { GET as organisationsJson } from "@/app/[locale]/(site)/organizations/export.json/route";
import { GET as partnershipsCsv } from "@/app/[locale]/(site)/partnerships/export.csv/route";
import { GET as partnershipsJson } from "@/app/[locale]/(site)/partnerships/export.json/route";
import { GET as projectsCsv } from "@/app/[locale]/(site)/projects/export.csv/route";
import { GET as projectsJson } from "@/app/[locale]/(site)/projects/export.json/route";
import { GET as recommendationsCsv } from "@/app/[locale]/(site)/recommendations/export.csv/route";
import { GET as recommendationsJson } from "@/app/[locale]/(site)/recommendations/export.json/route";
import { db } from "@/lib/db";
import {
  readOrganisationList,
  readPartnershipList,
  readProjectList,
  readRecommendationList,
} from "@/lib/lists/read";
import {
  EXPORT_BATCH_SIZE,
  organisationBatches,
  partnershipBatches,
  projectBatches,
  recommendationBatches,
} from "@/lib/queries/exports";
import { listOrganisations } from "@/lib/queries/organisations";
import { listPartnerships } from "@/lib/queries/partnerships";
import { listProjects } from "@/lib/queries/projects";
import { listRecommendations } from "@/lib/queries/recommendations";
import { searchParamsOf, type SearchParams } from "@/lib/search-params";
import {
  createOrganisation,
  createPartnership,
  createProject,
  createRecommendation,
  uniqueWord,
} from "../setup/factories";
import { callRoute, type RouteHandler } from "../setup/routes";

// Every row the list page shows for this query string, page after page, as the page reads it.
async function pageRows<Item>(
  query: string,
  read: (params: SearchParams) => Promise<{ items: Item[]; pageCount: number }>,
) {
  const rows: Item[] = [];
  for (let page = 1, pageCount = 1; page <= pageCount; page++) {
    const result = await read(searchParamsOf(new URLSearchParams(`${query}&page=${page}`)));
    rows.push(...result.items);
    pageCount = result.pageCount;
  }
  return rows;
}

const csvRows = async (response: Response) =>
  parse(await response.text(), { bom: true, columns: true }) as Record<string, string>[];

type ListCase = {
  name: string;
  csv: RouteHandler;
  json: RouteHandler;
  read: (params: SearchParams) => Promise<{ items: { id: string }[]; pageCount: number }>;
};

// A list's downloads, and its rows as its page reads them: its filters read, then the list.
const listCase = <Filters>(
  name: string,
  [csv, json]: [RouteHandler, RouteHandler],
  readFilters: (params: SearchParams) => Promise<{ filters: Filters }>,
  list: (filters: Filters) => Promise<{ items: { id: string }[]; pageCount: number }>,
): ListCase => ({ name, csv, json, read: async (params) => list((await readFilters(params)).filters) });

const lists = [
  listCase("projects", [projectsCsv, projectsJson], readProjectList, listProjects),
  listCase(
    "recommendations",
    [recommendationsCsv, recommendationsJson],
    readRecommendationList,
    listRecommendations,
  ),
  listCase("partnerships", [partnershipsCsv, partnershipsJson], readPartnershipList, listPartnerships),
  listCase("organisations", [organisationsCsv, organisationsJson], readOrganisationList, listOrganisations),
];

describe("downloads", () => {
  it("hold the rows of the filtered list page, in its order, and nothing hidden or merged", async () => {
    const lead = await createOrganisation({ countryCode: "MN" });
    const word = uniqueWord("export");
    const projects = [];
    for (let i = 0; i < 23; i++)
      projects.push(
        await createProject({
          leadOrganisationId: lead.id,
          title: `${word} ${i % 2 ? "festival" : "archive"} ${i}`,
          countries: i % 3 ? ["MN", "EE"] : ["FR"],
          endorsementCount: i % 4,
          // Ties on the creation time, so the order falls back to the id.
          createdAt: new Date(Date.UTC(2024, 0, 1 + Math.floor(i / 3))),
        }),
      );
    const hidden = await createProject({
      leadOrganisationId: lead.id,
      countries: ["MN"],
      visibility: "HIDDEN",
    });
    await createRecommendation({ title: `${word} hidden`, visibility: "HIDDEN" });
    for (let i = 0; i < 3; i++) await createRecommendation({ title: `${word} recommendation ${i}` });
    await createPartnership({ status: "ACTIVE" });
    await createOrganisation({ countryCode: "VN", mergedIntoId: lead.id });

    const queries: Record<string, string[]> = {
      projects: [
        `organisation=${lead.slug}&country=MN`,
        `organisation=${lead.slug}&sort=endorsed`,
        `q=${word}`,
      ],
      recommendations: [`q=${word}`, "status=SUBMITTED&audience=MINISTRIES_OF_CULTURE"],
      partnerships: ["status=ACTIVE", "country=KR&area=ARTIST_MOBILITY"],
      organisations: ["country=VN", "q=foundat&kind=FOUNDATION"],
    };
    for (const list of lists) {
      for (const query of queries[list.name]) {
        const expected = await pageRows(query, list.read);
        const ids = expected.map((row) => row.id);
        const csv = await callRoute(list.csv, `/${list.name}/export.csv?${query}&page=2`);
        expect(csv.headers.get("Content-Disposition")).toMatch(
          new RegExp(`^attachment; filename="asem-${list.name}-\\d{4}-\\d{2}-\\d{2}\\.csv"$`),
        );
        expect(
          (await csvRows(csv)).map((row) => row.ID),
          `${list.name} CSV ?${query}`,
        ).toEqual(ids);
        const json = (await (await callRoute(list.json, `/${list.name}/export.json?${query}`)).json()) as {
          id: string;
        }[];
        expect(
          json.map((row) => row.id),
          `${list.name} JSON ?${query}`,
        ).toEqual(ids);
      }
    }
    const projectCsv = await csvRows(
      await callRoute(projectsCsv, `/projects/export.csv?organisation=${lead.slug}`),
    );
    expect(projectCsv.map((row) => row.ID)).not.toContain(hidden.id);
    expect(projectCsv).toHaveLength(23);
    const one = projects[1];
    expect(projectCsv.find((row) => row.ID === one.id)).toMatchObject({
      Title: one.title,
      URL: `https://culture.example.org/projects/${one.slug}`,
      "Lead organisation": lead.name,
      Countries: "Estonia; Mongolia",
      Disciplines: "Heritage",
      Created: "2024-01-01T00:00:00.000Z",
    });
  });

  it("continue every list from its last row, through ties, in batches of any size", async () => {
    const lead = await createOrganisation({ countryCode: "MN", name: "Same name" });
    for (let i = 0; i < 4; i++) await createOrganisation({ countryCode: "MN", name: "Same name" });
    const word = uniqueWord("batch");
    for (let i = 0; i < 9; i++)
      await createProject({
        leadOrganisationId: lead.id,
        title: `${word} ${i}`,
        endorsementCount: i % 2,
        createdAt: new Date(Date.UTC(2023, 0, 1 + (i % 3))),
      });
    const ids = async (batches: AsyncIterable<{ id: string }[]>) => {
      const rows: string[] = [];
      for await (const batch of batches) {
        expect(batch.length).toBeLessThanOrEqual(4);
        rows.push(...batch.map((row) => row.id));
      }
      return rows;
    };
    const page = (result: { items: { id: string }[] }) => result.items.map((item) => item.id);
    for (const filters of [
      { organisation: lead.slug },
      { organisation: lead.slug, sort: "endorsed" as const },
      { q: word, sort: "endorsed" as const },
    ])
      expect(await ids(projectBatches(filters, 4))).toEqual(page(await listProjects(filters, 100)));
    const workshop = { workshop: "ha-long-2010" };
    expect(await ids(recommendationBatches(workshop, 4))).toEqual(
      page(await listRecommendations(workshop, 100)),
    );
    expect(await ids(organisationBatches({ country: "MN" }, 4))).toEqual(
      page(await listOrganisations({ country: "MN" }, 100)),
    );
    expect(await ids(partnershipBatches({}, 4))).toEqual(page(await listPartnerships({}, 100)));
  });

  it("keep spreadsheet formulas inert", async () => {
    const lead = await createOrganisation();
    await createProject({ leadOrganisationId: lead.id, title: '=HYPERLINK("http://example.com")' });
    const [row] = await csvRows(
      await callRoute(projectsCsv, `/projects/export.csv?organisation=${lead.slug}`),
    );
    expect(row.Title).toBe(`'=HYPERLINK("http://example.com")`);
  });

  it("stream a long list a batch at a time, never reading ahead of the client", async () => {
    const lead = await createOrganisation();
    const count = EXPORT_BATCH_SIZE * 6 + 17;
    await db.project.createMany({
      data: Array.from({ length: count }, (_, i) => ({
        slug: `${lead.slug}-${i}`,
        title: `Bulk project ${i}`,
        summary: "Made in bulk by a test.",
        description: "Made in bulk by a test.",
        leadOrganisationId: lead.id,
        createdAt: new Date(Date.UTC(2020, 0, 1, 0, 0, Math.floor(i / 5))),
      })),
    });
    let fetched = 0;
    const findMany = db.project.findMany.bind(db.project);
    const spy = vi.spyOn(db.project, "findMany").mockImplementation((async (args: never) => {
      const rows = await findMany(args);
      fetched += rows.length;
      return rows;
    }) as never);
    try {
      const response = await callRoute(projectsJson, `/projects/export.json?organisation=${lead.slug}`);
      const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
      let text = "";
      let sent = 0;
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
        const rows = chunk.value.split("\n").filter((line) => line.startsWith("{")).length;
        sent += rows;
        expect(rows).toBeLessThanOrEqual(EXPORT_BATCH_SIZE);
        // What the producer has read but not yet sent: never more than one batch.
        expect(fetched - sent).toBeLessThanOrEqual(EXPORT_BATCH_SIZE);
        text += chunk.value;
      }
      expect(fetched).toBe(count);
      const slugs = (JSON.parse(text) as { slug: string }[]).map((row) => row.slug);
      const expected = await listProjects({ organisation: lead.slug }, count);
      expect(slugs).toEqual(expected.items.map((item) => item.slug));
      expect(sent).toBe(count);
    } finally {
      spy.mockRestore();
    }
  });
});
