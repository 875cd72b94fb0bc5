import { describe, expect, it } from "vitest";
import { GET as citiesCsv } from "@/app/[locale]/(site)/cities/export.csv/route";
import { GET as organisationsCsv } from "@/app/[locale]/(site)/organizations/export.csv/route";
import { GET as partnershipsJson } from "@/app/[locale]/(site)/partnerships/export.json/route";
import { GET as projectsCsv } from "@/app/[locale]/(site)/projects/export.csv/route";
import { GET as projectsJson } from "@/app/[locale]/(site)/projects/export.json/route";
import { GET as recommendationsCsv } from "@/app/[locale]/(site)/recommendations/export.csv/route";
import { readProjectList, readRecommendationList } from "@/lib/lists/read";
import { callRoute } from "../setup/routes";

describe("downloads asked for with a filter they do not know", () => {
  it.each([
    [projectsCsv, "/projects/export.csv?country=ZZ", "country=ZZ"],
    [projectsCsv, "/projects/export.csv?country=fr", "country=fr"],
    [projectsCsv, "/projects/export.csv?discipline=FOO&country=FR", "discipline=FOO"],
    [
      projectsCsv,
      "/projects/export.csv?organisation=no-such-organisation",
      "organisation=no-such-organisation",
    ],
    [recommendationsCsv, "/recommendations/export.csv?status=LOST", "status=LOST"],
    [organisationsCsv, "/organizations/export.csv?kind=BAKERY", "kind=BAKERY"],
    [citiesCsv, "/cities/export.csv?year=1850", "year=1850"],
  ])("%#: answers 400 with a message naming it, never the unfiltered list", async (handler, url, named) => {
    const response = await callRoute(handler, url);
    expect(response.status).toBe(400);
    expect(response.headers.get("Content-Type")).toMatch(/^application\/json/);
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    expect((await response.json()).error).toEqual({
      status: 400,
      message: expect.stringContaining(`Not a valid filter: ${named}`),
    });
  });

  it("answers the JSON downloads with the API's error shape too", async () => {
    for (const [handler, url] of [
      [projectsJson, "/projects/export.json?area=NOWHERE"],
      [partnershipsJson, "/partnerships/export.json?status=MAYBE"],
    ] as const) {
      const response = await callRoute(handler, url);
      expect(response.status).toBe(400);
      const body = await response.json();
      expect(body).toEqual({
        error: { status: 400, message: expect.stringMatching(/^Not a valid filter: /) },
      });
    }
  });

  it("still answers valid filters, an empty one and a search with 200", async () => {
    for (const url of [
      "/projects/export.csv?country=FR&discipline=HERITAGE",
      "/projects/export.csv?country=&q=zz",
    ])
      expect((await callRoute(projectsCsv, url)).status).toBe(200);
  });
});

describe("list filters", () => {
  it("name the parameters given a value the list does not know", async () => {
    expect((await readProjectList({ country: "ZZ", discipline: "HERITAGE", sort: "best" })).invalid).toEqual([
      "country",
      "sort",
    ]);
    expect((await readRecommendationList({ workshop: "nowhere", q: "anything" })).invalid).toEqual([
      "workshop",
    ]);
    expect((await readProjectList({ country: "FR", q: "heritage", page: "2" })).invalid).toEqual([]);
  });
});
