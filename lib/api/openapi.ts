import { z } from "zod";
import { organisationList, partnershipList, projectList, recommendationList } from "@/lib/lists/registry";
import { arrayOf, object, ref, schemas } from "./openapi-schemas";
import { API_REQUESTS_PER_MINUTE } from "./rate-limit";

// The OpenAPI 3.1 description of the read API. Query parameters come from the zod
// schemas that validate them; the response shapes are in openapi-schemas.ts.

function queryParameters(schema: z.ZodObject) {
  return Object.entries(schema.shape).map(([name, field]) => {
    const { $schema: _, description, ...json } = z.toJSONSchema(field as z.ZodType, { io: "input" });
    return { name, in: "query", required: false, description, schema: json };
  });
}

const text = { type: "string" } as const;
const integer = { type: "integer" } as const;

const errorResponse = (description: string) => ({
  description,
  content: { "application/json": { schema: ref("Error") } },
});
const tooMany = {
  ...errorResponse(`More than ${API_REQUESTS_PER_MINUTE} requests in a minute from one address.`),
  headers: { "Retry-After": { description: "Seconds to wait.", schema: integer } },
};

const notAllowed = {
  ...errorResponse("Only GET (and HEAD and OPTIONS) are answered."),
  headers: { Allow: { description: "The methods this path answers.", schema: text } },
};

function listPath(tag: string, record: string, query: z.ZodObject, summary: string, operationId: string) {
  return {
    get: {
      tags: [tag],
      summary,
      operationId,
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
        405: notAllowed,
        429: tooMany,
      },
    },
  };
}

function recordPath(tag: string, record: string, key: "slug" | "id", summary: string, operationId: string) {
  return {
    get: {
      tags: [tag],
      summary,
      operationId,
      parameters: [{ name: key, in: "path", required: true, schema: text }],
      responses: {
        200: {
          description: `The ${record.toLowerCase()} with what its page adds (full text, links, history).`,
          content: { "application/json": { schema: object({ data: ref(`${record}Detail`) }) } },
        },
        400: errorResponse("A record takes no query parameters."),
        404: errorResponse("No published entry has this key."),
        405: notAllowed,
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
  // Public: no key, no sign-in.
  security: [],
  tags: [
    { name: "projects", description: "Cooperation projects by NGOs, ministries and cultural institutions." },
    { name: "recommendations", description: "Recommendations of ASEM workshops and organisations." },
    {
      name: "partnerships",
      description: "Pairings of European Capitals of Culture with Culture Cities of East Asia.",
    },
    {
      name: "organisations",
      description: "The organisations behind projects, endorsements and recommendations.",
    },
  ],
  paths: {
    "/projects": listPath(
      "projects",
      "Project",
      projectList.apiQuery,
      "Cooperation projects",
      "listProjects",
    ),
    "/projects/{slug}": recordPath("projects", "Project", "slug", "One cooperation project", "getProject"),
    "/recommendations": listPath(
      "recommendations",
      "Recommendation",
      recommendationList.apiQuery,
      "Recommendations",
      "listRecommendations",
    ),
    "/recommendations/{id}": recordPath(
      "recommendations",
      "Recommendation",
      "id",
      "One recommendation",
      "getRecommendation",
    ),
    "/partnerships": listPath(
      "partnerships",
      "Partnership",
      partnershipList.apiQuery,
      "ECoC–CCEA city partnerships",
      "listPartnerships",
    ),
    "/partnerships/{id}": recordPath(
      "partnerships",
      "Partnership",
      "id",
      "One city partnership",
      "getPartnership",
    ),
    "/organizations": listPath(
      "organisations",
      "Organisation",
      organisationList.apiQuery,
      "Organisations",
      "listOrganisations",
    ),
    "/organizations/{slug}": recordPath(
      "organisations",
      "Organisation",
      "slug",
      "One organisation",
      "getOrganisation",
    ),
  },
  components: { schemas },
};
