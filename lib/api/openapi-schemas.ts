import { labelValues, type LabelKind } from "@/lib/labels";

// The JSON Schemas of what the API returns: every field of lib/open-data/records.ts
// (lists) and details.ts (single records). tests/integration/open-data-api.test.ts
// holds real responses to them, field for field.

const text = { type: "string" } as const;
const nullableText = { type: ["string", "null"] } as const;
const integer = { type: "integer" } as const;
const nullableInteger = { type: ["integer", "null"] } as const;
const boolean = { type: "boolean" } as const;
const url = { type: "string", format: "uri" } as const;
const nullableUrl = { type: ["string", "null"], format: "uri" } as const;
const dateTime = { type: "string", format: "date-time" } as const;
const nullableDate = { type: ["string", "null"], format: "date" } as const;
const enumOf = (kind: LabelKind) => ({ type: "string", enum: labelValues(kind) });
const nullableEnumOf = (kind: LabelKind) => ({
  type: ["string", "null"],
  enum: [...labelValues(kind), null],
});
export const arrayOf = (items: object) => ({ type: "array", items });
export const object = (properties: Record<string, object>) => ({
  type: "object",
  properties,
  required: Object.keys(properties),
  additionalProperties: false,
});
const nullable = (schema: object) => ({ oneOf: [schema, { type: "null" }] });
export const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

const country = object({ code: text, name: text });
const organisationRef = object({
  slug: text,
  name: text,
  verificationStatus: enumOf("verification"),
  url,
});
const designation = object({
  year: integer,
  status: text,
  city: object({ slug: text, name: text }),
  country,
});
const projectLink = object({ slug: text, title: text, url });

const project = {
  id: text,
  slug: text,
  title: text,
  summary: text,
  url,
  leadOrganisation: organisationRef,
  countries: arrayOf(country),
  disciplines: arrayOf(enumOf("discipline")),
  endorsementCount: integer,
  createdAt: dateTime,
  isSample: boolean,
};

const recommendation = {
  id: text,
  title: text,
  url,
  status: enumOf("recommendationStatus"),
  audiences: arrayOf(enumOf("audience")),
  workshop: object({ slug: text, title: text, url }),
  submittedByOrganisation: nullable(organisationRef),
  submittedByLabel: nullableText,
  submittedAt: dateTime,
  endorsementCount: integer,
  isSample: boolean,
};

const partnership = {
  id: text,
  url,
  status: enumOf("partnershipStatus"),
  cooperationAreas: arrayOf(enumOf("cooperationArea")),
  ecoc: designation,
  ccea: designation,
  isSample: boolean,
};

const organisation = {
  id: text,
  slug: text,
  name: text,
  url,
  kind: enumOf("organisationKind"),
  country: nullable(country),
  verificationStatus: enumOf("verification"),
  projectsLed: integer,
  isSample: boolean,
};

export const schemas = {
  Project: object(project),
  ProjectDetail: object({
    ...project,
    description: text,
    cooperationAreas: arrayOf(enumOf("cooperationArea")),
    startDate: nullableDate,
    endDate: nullableDate,
    website: nullableUrl,
    leadOrganisation: object({
      ...organisationRef.properties,
      kind: enumOf("organisationKind"),
      country: nullable(country),
    }),
    partners: arrayOf(object({ slug: text, name: text, kind: enumOf("organisationKind"), url })),
    cities: arrayOf(object({ slug: text, name: text, country })),
    partnership: nullable(object({ id: text, url })),
    workshop: nullable(object({ slug: text, title: text, url })),
    recommendation: nullable(object({ id: text, title: text, url })),
  }),
  Recommendation: object(recommendation),
  RecommendationDetail: object({
    ...recommendation,
    text,
    forwardedToMeeting: nullable(
      object({
        slug: text,
        name: text,
        kind: enumOf("meetingKind"),
        city: text,
        startDate: nullableDate,
        endDate: nullableDate,
      }),
    ),
    statusChanges: arrayOf(
      object({
        fromStatus: nullableEnumOf("recommendationStatus"),
        toStatus: enumOf("recommendationStatus"),
        changedAt: dateTime,
        note: nullableText,
        meeting: nullable(object({ name: text, city: text })),
      }),
    ),
    projects: arrayOf(projectLink),
  }),
  Partnership: object(partnership),
  PartnershipDetail: object({
    ...partnership,
    sectors: arrayOf(enumOf("sector")),
    rationale: text,
    createdAt: dateTime,
    statusChanges: arrayOf(
      object({
        fromStatus: nullableEnumOf("partnershipStatus"),
        toStatus: enumOf("partnershipStatus"),
        changedAt: dateTime,
        note: nullableText,
      }),
    ),
    projects: arrayOf(projectLink),
  }),
  Organisation: object(organisation),
  OrganisationDetail: object({
    ...organisation,
    website: nullableUrl,
    description: nullableText,
    projectsPartnered: integer,
    latestProjectsLed: arrayOf(projectLink),
    latestProjectsPartnered: arrayOf(projectLink),
    workshopsOrganised: arrayOf(object({ slug: text, title: text, url })),
    publications: arrayOf(object({ title: text, url: nullableUrl, year: nullableInteger, role: text })),
  }),
  Meta: object({ total: integer, page: integer, perPage: integer, pageCount: integer }),
  Links: object({ self: url, first: url, last: url, prev: nullableUrl, next: nullableUrl }),
  Error: {
    description:
      "How every error is answered, here and by the portal's other endpoints (the lists' CSV and JSON downloads, the viewer endpoints, the sitemaps): the HTTP status again, a message in English and, for a query the API refuses, the parameters at fault.",
    ...object({
      error: {
        type: "object",
        properties: {
          status: integer,
          message: text,
          issues: arrayOf(object({ parameter: text, message: text })),
        },
        required: ["status", "message"],
        additionalProperties: false,
      },
    }),
  },
};
