import { z } from "zod";
import {
  Audience,
  CooperationArea,
  Discipline,
  OrganisationKind,
  PartnershipStatus,
  Programme,
  RecommendationStatus,
  VerificationStatus,
} from "@/lib/generated/prisma/enums";
import { countryCode, defineList, searchText, slug, titleYear } from "./define";

// The five public lists and their filters: read by the list pages, their downloads
// (export.csv|json) and the read API (/api/v1), and by the page cache through
// lib/list-query-keys.json, which tests/unit/cached-pages.test.ts holds to these.
const area = z.enum(CooperationArea).describe("Cooperation area.");

export const projectList = defineList("/projects", {
  q: searchText,
  country: countryCode,
  discipline: z.enum(Discipline),
  area,
  kind: z.enum(OrganisationKind).describe("The lead organisation's kind."),
  organisation: slug.describe("The lead organisation's slug."),
  sort: z
    .enum(["newest", "endorsed"])
    .describe("Without it, a search is ranked by relevance and the plain list is newest first."),
});

export const recommendationList = defineList("/recommendations", {
  q: searchText,
  workshop: slug.describe("The workshop's slug."),
  status: z.enum(RecommendationStatus),
  audience: z.enum(Audience).describe("Whom the recommendation is addressed to."),
});

export const partnershipList = defineList("/partnerships", {
  status: z.enum(PartnershipStatus),
  country: countryCode.describe("Either side's country."),
  area,
  year: titleYear.describe("Either side's title year."),
});

export const organisationList = defineList("/organizations", {
  q: searchText.describe("Words of the name: every word must match, by prefix."),
  kind: z.enum(OrganisationKind),
  country: countryCode,
  verification: z.enum(VerificationStatus),
});

// /cities: a programme, a year, or one city's titles (where a project's or a country's page links).
export const cityList = defineList("/cities", {
  programme: z.enum(Programme),
  year: titleYear,
  city: slug,
});

export const lists = [cityList, organisationList, partnershipList, projectList, recommendationList];

// Every query parameter some list page reads, in order.
export const listQueryKeys = [...new Set(lists.flatMap((list) => list.keys))].sort();

// A single record of the API takes no parameters: one given is a mistake, answered with 400.
export const RecordQuerySchema = z.strictObject({});
