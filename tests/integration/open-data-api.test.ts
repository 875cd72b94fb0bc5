import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GET as openApi } from "@/app/api/v1/openapi.json/route";
import { GET as organisationsApi } from "@/app/api/v1/organizations/route";
import { GET as organisationApi } from "@/app/api/v1/organizations/[slug]/route";
import { GET as partnershipsApi } from "@/app/api/v1/partnerships/route";
import { GET as partnershipApi } from "@/app/api/v1/partnerships/[id]/route";
import { GET as projectsApi } from "@/app/api/v1/projects/route";
import { GET as projectApi } from "@/app/api/v1/projects/[slug]/route";
import { GET as recommendationsApi } from "@/app/api/v1/recommendations/route";
import { GET as recommendationApi } from "@/app/api/v1/recommendations/[id]/route";
import { setApiRateLimit } from "@/lib/api/rate-limit";
import { listOrganisations } from "@/lib/queries/organisations";
import { listProjects } from "@/lib/queries/projects";
import {
  createOrganisation,
  createPartnership,
  createProject,
  createRecommendation,
} from "../setup/factories";
import { callJsonRoute, type RouteHandler } from "../setup/routes";

type Body = {
  data: { id: string; slug?: string } & Record<string, unknown>;
  error: { status: number; message: string; issues?: { parameter: string; message: string }[] };
};
type ListBody = {
  data: { id: string; slug?: string }[];
  meta: { total: number; page: number; perPage: number; pageCount: number };
  links: { next: string | null; prev: string | null };
};

// Each test calls from its own address, so the rate limit of one never touches another.
const get = <T = Body>(
  handler: RouteHandler,
  url: string,
  params?: Record<string, string>,
  address = "192.0.2.1",
) => callJsonRoute<T>(handler, url, { params, headers: { "x-forwarded-for": address } });

describe("the read API", () => {
  it("pages a filtered list like the list page, with meta and links", async () => {
    const lead = await createOrganisation();
    for (let i = 0; i < 5; i++) await createProject({ leadOrganisationId: lead.id, countries: ["MN"] });
    await createProject({ leadOrganisationId: lead.id, countries: ["MN"], visibility: "HIDDEN" });

    const { status, headers, body } = await get<ListBody>(
      projectsApi,
      `/api/v1/projects?organisation=${lead.slug}&country=MN&per_page=2&page=2`,
    );
    expect(status).toBe(200);
    expect(headers.get("Cache-Control")).toBe("public, max-age=0, s-maxage=10");
    const all = await listProjects({ organisation: lead.slug, country: "MN" }, 100);
    expect(body.data.map((row) => row.slug)).toEqual(all.items.slice(2, 4).map((item) => item.slug));
    expect(body.meta).toEqual({ total: 5, page: 2, perPage: 2, pageCount: 3 });
    expect(new URL(body.links.next!).searchParams.get("page")).toBe("3");
    expect(new URL(body.links.prev!).searchParams.get("page")).toBe("1");
    expect(new URL(body.links.next!).searchParams.get("organisation")).toBe(lead.slug);

    const last = await get<ListBody>(
      projectsApi,
      `/api/v1/projects?organisation=${lead.slug}&per_page=2&page=3`,
    );
    expect(last.body.data).toHaveLength(1);
    expect(last.body.links.next).toBeNull();
  });

  it("answers every list, without merged organisations", async () => {
    const kept = await createOrganisation({ countryCode: "MN" });
    const merged = await createOrganisation({ countryCode: "MN", mergedIntoId: kept.id });
    const organisations = await get<ListBody>(
      organisationsApi,
      "/api/v1/organizations?country=MN&per_page=100",
    );
    const expected = await listOrganisations({ country: "MN" }, 100);
    expect(organisations.body.data.map((row) => row.id)).toEqual(expected.items.map((item) => item.id));
    expect(organisations.body.data.map((row) => row.id)).not.toContain(merged.id);

    const recommendation = await createRecommendation();
    const recommendations = await get<ListBody>(
      recommendationsApi,
      "/api/v1/recommendations?workshop=ha-long-2010",
    );
    expect(recommendations.body.meta.total).toBeGreaterThan(0);
    expect(recommendations.body.data[0].id).toBe(recommendation.id);

    const partnership = await createPartnership({ status: "EXPLORING" });
    const partnerships = await get<ListBody>(partnershipsApi, "/api/v1/partnerships?status=EXPLORING");
    expect(partnerships.body.data.map((row) => row.id)).toContain(partnership.id);
  });

  it("answers records, and 404 for unknown, hidden and merged ones", async () => {
    const lead = await createOrganisation();
    const project = await createProject({ leadOrganisationId: lead.id });
    const hiddenProject = await createProject({ visibility: "HIDDEN" });
    const recommendation = await createRecommendation();
    const hiddenRecommendation = await createRecommendation({ visibility: "HIDDEN" });
    const partnership = await createPartnership();
    const merged = await createOrganisation({ mergedIntoId: lead.id });

    const found = await get(projectApi, `/api/v1/projects/${project.slug}`, { slug: project.slug });
    expect(found.status).toBe(200);
    expect(found.body.data).toMatchObject({ slug: project.slug, description: project.description });
    expect((await get(recommendationApi, "", { id: recommendation.id })).body.data.id).toBe(
      recommendation.id,
    );
    expect((await get(partnershipApi, "", { id: partnership.id })).body.data.id).toBe(partnership.id);
    const organisation = await get(organisationApi, "", { slug: lead.slug });
    expect(organisation.body.data).toMatchObject({ slug: lead.slug, projectsLed: 1 });

    for (const [handler, key] of [
      [projectApi, { slug: hiddenProject.slug }],
      [projectApi, { slug: "no-such-project" }],
      [recommendationApi, { id: hiddenRecommendation.id }],
      [partnershipApi, { id: "no-such-partnership" }],
      [organisationApi, { slug: merged.slug }],
    ] as const) {
      const missing = await get(handler, "", key);
      expect(missing.status).toBe(404);
      expect(missing.body.error.status).toBe(404);
    }
  });

  it("answers 400 with the parameter at fault", async () => {
    const cases: [string, string][] = [
      ["/api/v1/projects?discipline=JUGGLING", "discipline"],
      ["/api/v1/projects?per_page=101", "per_page"],
      ["/api/v1/projects?page=0", "page"],
      ["/api/v1/projects?colour=blue", "colour"],
      ["/api/v1/projects?country=XX", "country"],
      ["/api/v1/projects?organisation=no-such-organisation", "organisation"],
      ["/api/v1/projects?country=VN&country=FR", "country"],
      ["/api/v1/recommendations?workshop=nowhere-1999", "workshop"],
      ["/api/v1/partnerships?year=1900", "year"],
      ["/api/v1/organizations?verification=MAYBE", "verification"],
    ];
    const handlers: Record<string, RouteHandler> = {
      projects: projectsApi,
      recommendations: recommendationsApi,
      partnerships: partnershipsApi,
      organizations: organisationsApi,
    };
    for (const [url, parameter] of cases) {
      const { status, headers, body } = await get(handlers[url.split(/[/?]/)[3]], url);
      expect(status, url).toBe(400);
      expect(headers.get("Cache-Control")).toBe("no-store");
      expect(
        body.error.issues?.map((issue) => issue.parameter),
        url,
      ).toEqual([parameter]);
    }
  });

  it("answers 429 with Retry-After past the limit, per client address", async () => {
    setApiRateLimit(3);
    try {
      for (let i = 0; i < 3; i++)
        expect((await get(partnershipsApi, "/api/v1/partnerships", {}, "198.51.100.7")).status).toBe(200);
      const refused = await get(partnershipsApi, "/api/v1/partnerships", {}, "198.51.100.7");
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get("Retry-After"))).toBeGreaterThan(0);
      expect(refused.body.error.status).toBe(429);
      expect((await get(partnershipsApi, "/api/v1/partnerships", {}, "198.51.100.8")).status).toBe(200);
    } finally {
      setApiRateLimit();
    }
  });

  it("publishes an OpenAPI description of every endpoint", async () => {
    const document = (await openApi().json()) as { openapi: string; paths: Record<string, unknown> };
    expect(document.openapi).toBe("3.1.0");
    const root = path.resolve(import.meta.dirname, "../../app/api/v1");
    const endpoints = (fs.readdirSync(root, { recursive: true }) as string[])
      .filter(
        (file) => file.endsWith("route.ts") && !file.startsWith("openapi.json") && !file.includes("[..."),
      )
      .map((file) => `/${path.dirname(file)}`.replace(/\[(\w+)\]/g, "{$1}"))
      .sort();
    expect(Object.keys(document.paths).sort()).toEqual(endpoints);
  });
});
