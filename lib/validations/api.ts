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
import { MAX_PAGE } from "@/lib/search-params";

// The query parameters of the read API: the list pages' filters under the same names,
// but strict, so a mistyped parameter or value is answered with 400 rather than ignored.
// The OpenAPI description (lib/api/openapi.ts) is generated from these schemas.
export const API_MAX_PER_PAGE = 100;
export const API_DEFAULT_PER_PAGE = 20;

const paging = {
  page: z.coerce.number().int().min(1).max(MAX_PAGE).default(1).describe("Page number, from 1."),
  per_page: z.coerce
    .number()
    .int()
    .min(1)
    .max(API_MAX_PER_PAGE)
    .default(API_DEFAULT_PER_PAGE)
    .describe(`Rows per page, at most ${API_MAX_PER_PAGE}.`),
};

const q = z
  .string()
  .max(200)
  .optional()
  .describe("Search words: every word must match, by prefix. Results are ranked by relevance.");

const country = z
  .string()
  .regex(/^[A-Z]{2,5}$/, "Expected a country code in capitals, such as VN, FR or EU")
  .optional()
  .describe("A country code (ISO 3166-1 alpha-2, or EU / ASEAN), as on the list pages.");

const slug = z.string().min(1).max(200);

export const ProjectQuerySchema = z.strictObject({
  q,
  country,
  discipline: z.enum(Discipline).optional(),
  area: z.enum(CooperationArea).optional().describe("Cooperation area."),
  kind: z.enum(OrganisationKind).optional().describe("The lead organisation's kind."),
  organisation: slug.optional().describe("The lead organisation's slug."),
  sort: z
    .enum(["newest", "endorsed"])
    .optional()
    .describe("Without it, a search is ranked by relevance and the plain list is newest first."),
  ...paging,
});

export const RecommendationQuerySchema = z.strictObject({
  q,
  workshop: slug.optional().describe("The workshop's slug."),
  status: z.enum(RecommendationStatus).optional(),
  audience: z.enum(Audience).optional().describe("Whom the recommendation is addressed to."),
  ...paging,
});

export const PartnershipQuerySchema = z.strictObject({
  status: z.enum(PartnershipStatus).optional(),
  country: country.describe("Either side's country."),
  area: z.enum(CooperationArea).optional().describe("Cooperation area."),
  year: z.coerce.number().int().min(1985).max(2100).optional().describe("Either side's title year."),
  ...paging,
});

export const OrganisationQuerySchema = z.strictObject({
  q: q.describe("Words of the name: every word must match, by prefix."),
  kind: z.enum(OrganisationKind).optional(),
  country,
  verification: z.enum(VerificationStatus).optional(),
  ...paging,
});

// A single record takes no parameters: one given is a mistake, answered with 400.
export const RecordQuerySchema = z.strictObject({});
