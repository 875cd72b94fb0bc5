import { describe, expect, it } from "vitest";
import { GET as unknownPath, POST as postUnknown } from "@/app/api/v1/[...path]/route";
import { GET as organisationsApi } from "@/app/api/v1/organizations/route";
import { GET as organisationApi } from "@/app/api/v1/organizations/[slug]/route";
import { GET as partnershipsApi } from "@/app/api/v1/partnerships/route";
import { GET as partnershipApi } from "@/app/api/v1/partnerships/[id]/route";
import { DELETE as deleteProject, GET as projectApi } from "@/app/api/v1/projects/[slug]/route";
import { GET as projectsApi, POST as postProjects } from "@/app/api/v1/projects/route";
import { GET as recommendationsApi } from "@/app/api/v1/recommendations/route";
import { GET as recommendationApi } from "@/app/api/v1/recommendations/[id]/route";
import { openApiDocument } from "@/lib/api/openapi";
import { db } from "@/lib/db";
import {
  createOrganisation,
  createPartnership,
  createProject,
  createRecommendation,
} from "../setup/factories";
import { callJsonRoute, type RouteHandler } from "../setup/routes";

type Schema = {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, Schema>;
  items?: Schema;
  oneOf?: Schema[];
};

const schemas = openApiDocument.components.schemas as Record<string, Schema>;

const call = (handler: RouteHandler, url: string, params: Record<string, string> = {}, method = "GET") =>
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each case reads the body its own way
  callJsonRoute<any>(handler, url, { params, method, headers: { "x-forwarded-for": "192.0.2.77" } });

// Every field of the value is in the schema and every field the schema names is in the
// value, all the way down: the description lists exactly what the API returns.
function expectShape(value: unknown, schema: Schema, at: string) {
  if (schema.$ref) return expectShape(value, schemas[schema.$ref.split("/").at(-1)!], at);
  if (schema.oneOf) {
    const options = schema.oneOf.filter((option) => (value === null) === (option.type === "null"));
    return expectShape(value, options[0], at);
  }
  if (value === null) return expect([schema.type].flat(), `${at} may be null`).toContain("null");
  if (Array.isArray(value))
    return value.forEach((item, i) => expectShape(item, schema.items!, `${at}[${i}]`));
  if (typeof value === "object") {
    expect(Object.keys(value!).sort(), `${at}'s fields`).toEqual(Object.keys(schema.properties!).sort());
    for (const [key, item] of Object.entries(value!))
      expectShape(item, schema.properties![key], `${at}.${key}`);
  }
}

describe("the API's description and its answers", () => {
  it("describe every field of every list and record, each operation with an id", async () => {
    const lead = await createOrganisation({ website: "https://example.org" });
    const partner = await createOrganisation();
    const partnership = await createPartnership();
    const project = await createProject({
      leadOrganisationId: lead.id,
      partnerIds: [partner.id],
      partnershipId: partnership.id,
    });
    await db.projectCity.create({
      data: { projectId: project.id, cityId: (await db.city.findFirstOrThrow()).id },
    });
    const recommendation = await createRecommendation({ submittedByOrganisationId: lead.id });

    const cases: [RouteHandler, string, Record<string, string>, string][] = [
      [projectsApi, "/api/v1/projects", {}, "Project"],
      [recommendationsApi, "/api/v1/recommendations", {}, "Recommendation"],
      [partnershipsApi, "/api/v1/partnerships", {}, "Partnership"],
      [organisationsApi, "/api/v1/organizations", {}, "Organisation"],
      [projectApi, `/api/v1/projects/${project.slug}`, { slug: project.slug }, "ProjectDetail"],
      [
        recommendationApi,
        `/api/v1/recommendations/${recommendation.id}`,
        { id: recommendation.id },
        "RecommendationDetail",
      ],
      [partnershipApi, `/api/v1/partnerships/${partnership.id}`, { id: partnership.id }, "PartnershipDetail"],
      [organisationApi, `/api/v1/organizations/${lead.slug}`, { slug: lead.slug }, "OrganisationDetail"],
    ];
    for (const [handler, url, key, record] of cases) {
      const { status, body } = await call(handler, url, key);
      expect(status, url).toBe(200);
      for (const item of [body.data].flat()) expectShape(item, schemas[record], `${url} ${record}`);
    }

    const operations = Object.values(openApiDocument.paths).flatMap((path) => Object.values(path));
    const ids = operations.map((operation) => (operation as { operationId?: string }).operationId);
    expect(ids.every(Boolean)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("answers a record's unknown parameter with 400", async () => {
    const project = await createProject();
    const { status, body } = await call(projectApi, `/api/v1/projects/${project.slug}?fields=title`, {
      slug: project.slug,
    });
    expect(status).toBe(400);
    expect(body.error.issues).toEqual([{ parameter: "fields", message: "Unknown parameter." }]);
  });

  it("answers other methods with 405 and Allow, and unknown paths with 404, as JSON", async () => {
    for (const [handler, url] of [
      [postProjects, "/api/v1/projects"],
      [deleteProject, "/api/v1/projects/some-project"],
    ] as const) {
      const method = handler === postProjects ? "POST" : "DELETE";
      const { status, headers, body } = await call(handler as RouteHandler, url, {}, method);
      expect(status).toBe(405);
      expect(headers.get("Allow")).toBe("GET, HEAD, OPTIONS");
      expect(body.error).toMatchObject({
        status: 405,
        message: `${method} is not allowed here: the API only reads.`,
      });
    }
    for (const [handler, method] of [
      [unknownPath, "GET"],
      [postUnknown, "POST"],
    ] as const) {
      const response = await handler(new Request("http://localhost/api/v1/widgets/3", { method }));
      expect(response.status).toBe(404);
      expect(response.headers.get("Content-Type")).toMatch(/^application\/json/);
      expect((await response.json()).error.message).toBe(
        "There is no /api/v1/widgets/3 in the API: see /api/v1/openapi.json.",
      );
    }
  });
});
