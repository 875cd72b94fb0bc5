import { z } from "zod";
import {
  Audience,
  CooperationArea,
  Discipline,
  OrganisationKind,
  PartnershipStatus,
  RecommendationStatus,
  VerificationStatus,
} from "@/lib/generated/prisma/enums";
import {
  OrganisationQuerySchema,
  PartnershipQuerySchema,
  ProjectQuerySchema,
  RecommendationQuerySchema,
} from "@/lib/validations/api";
import { API_REQUESTS_PER_MINUTE } from "./rate-limit";

// The OpenAPI 3.1 description of the read API. Query parameters come from the zod
// schemas that validate them; the response shapes are written out here.

function queryParameters(schema: z.ZodObject) {
  return Object.entries(schema.shape).map(([name, field]) => {
    const { $schema: _, description, ...json } = z.toJSONSchema(field as z.ZodType, { io: "input" });
    return { name, in: "query", required: false, description, schema: json };
  });
}

const text = { type: "string" } as const;
const nullableText = { type: ["string", "null"] } as const;
const integer = { type: "integer" } as const;
const url = { type: "string", format: "uri" } as const;
const dateTime = { type: "string", format: "date-time" } as const;
const enumOf = (values: Record<string, string>) => ({ type: "string", enum: Object.values(values) });
const arrayOf = (items: object) => ({ type: "array", items });
const object = (properties: Record<string, object>, nullable = false) => ({
  type: nullable ? ["object", "null"] : "object",
  properties,
  required: Object.keys(properties),
});
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

const country = object({ code: text, name: text });
const organisationRef = object({
  slug: text,
  name: text,
  url,
  verificationStatus: enumOf(VerificationStatus),
});
const designation = object({
  year: integer,
  status: text,
  city: object({ slug: text, name: text }),
  country,
});

const schemas = {
  Project: object({
    id: text,
    slug: text,
    title: text,
    summary: text,
    url,
    leadOrganisation: organisationRef,
    countries: arrayOf(country),
    disciplines: arrayOf(enumOf(Discipline)),
    endorsementCount: integer,
    createdAt: dateTime,
    isSample: { type: "boolean" },
  }),
  Recommendation: object({
    id: text,
    title: text,
    url,
    status: enumOf(RecommendationStatus),
    audiences: arrayOf(enumOf(Audience)),
    workshop: object({ slug: text, title: text, url }),
    submittedByOrganisation: { oneOf: [organisationRef, { type: "null" }] },
    submittedByLabel: nullableText,
    submittedAt: dateTime,
    endorsementCount: integer,
    isSample: { type: "boolean" },
  }),
  Partnership: object({
    id: text,
    url,
    status: enumOf(PartnershipStatus),
    cooperationAreas: arrayOf(enumOf(CooperationArea)),
    ecoc: designation,
    ccea: designation,
    isSample: { type: "boolean" },
  }),
  Organisation: object({
    id: text,
    slug: text,
    name: text,
    url,
    kind: enumOf(OrganisationKind),
    country: { oneOf: [country, { type: "null" }] },
    verificationStatus: enumOf(VerificationStatus),
    projectsLed: integer,
    isSample: { type: "boolean" },
  }),
  Meta: object({ total: integer, page: integer, perPage: integer, pageCount: integer }),
  Links: object({
    self: url,
    first: url,
    last: url,
    prev: { type: ["string", "null"] },
    next: { type: ["string", "null"] },
  }),
  Error: object({
    error: {
      type: "object",
      properties: {
        status: integer,
        message: text,
        issues: arrayOf(object({ parameter: text, message: text })),
      },
      required: ["status", "message"],
    },
  }),
};

const errorResponse = (description: string) => ({
  description,
  content: { "application/json": { schema: ref("Error") } },
});
const tooMany = {
  ...errorResponse(`More than ${API_REQUESTS_PER_MINUTE} requests in a minute from one address.`),
  headers: { "Retry-After": { description: "Seconds to wait.", schema: integer } },
};

function listPath(tag: string, record: string, query: z.ZodObject, summary: string) {
  return {
    get: {
      tags: [tag],
      summary,
      parameters: queryParameters(query),
      responses: {
        200: {
          description: `A page of ${tag}, in the order of the list page.`,
          content: {
            "application/json": {
              schema: object({ data: arrayOf(ref(record)), meta: ref("Meta"), links: ref("Links") }),
            },
          },
        },
        400: errorResponse("A parameter is unknown, repeated or has a value the portal does not know."),
        429: tooMany,
      },
    },
  };
}

function recordPath(tag: string, record: string, key: "slug" | "id", summary: string) {
  return {
    get: {
      tags: [tag],
      summary,
      parameters: [{ name: key, in: "path", required: true, schema: text }],
      responses: {
        200: {
          description: `The ${record.toLowerCase()} with what its page adds (full text, links, history).`,
          content: { "application/json": { schema: object({ data: ref(record) }) } },
        },
        404: errorResponse("No published entry has this key."),
        429: tooMany,
      },
    },
  };
}

export const openApiDocument = {
  openapi: "3.1.0",
  info: {
    title: "ASEM Culture Portal read API",
    version: "1.0.0",
    description:
      "Public, read-only access to the portal's cooperation projects, recommendations, city partnerships and organisations. " +
      "Lists take the same filters as the list pages. No key is needed; each client address may make " +
      `${API_REQUESTS_PER_MINUTE} requests a minute. Entries marked isSample are illustrative, not real.`,
  },
  servers: [{ url: "/api/v1" }],
  paths: {
    "/projects": listPath("projects", "Project", ProjectQuerySchema, "Cooperation projects"),
    "/projects/{slug}": recordPath("projects", "Project", "slug", "One cooperation project"),
    "/recommendations": listPath(
      "recommendations",
      "Recommendation",
      RecommendationQuerySchema,
      "Recommendations",
    ),
    "/recommendations/{id}": recordPath("recommendations", "Recommendation", "id", "One recommendation"),
    "/partnerships": listPath(
      "partnerships",
      "Partnership",
      PartnershipQuerySchema,
      "ECoC–CCEA city partnerships",
    ),
    "/partnerships/{id}": recordPath("partnerships", "Partnership", "id", "One city partnership"),
    "/organizations": listPath("organisations", "Organisation", OrganisationQuerySchema, "Organisations"),
    "/organizations/{slug}": recordPath("organisations", "Organisation", "slug", "One organisation"),
  },
  components: { schemas },
};
