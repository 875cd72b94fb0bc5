import "server-only";
import { db } from "@/lib/db";
import { getTranslations } from "next-intl/server";
import { label } from "@/lib/labels";
import { listCountryOptions } from "./countries";

// The choices the submission and registration forms offer.

// Organisations a person can join or name as a partner: not merged, not rejected.
export async function listOrganisationOptions() {
  const organisations = await db.organisation.findMany({
    where: { mergedIntoId: null, verificationStatus: { not: "REJECTED" } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, country: { select: { name: true } } },
  });
  return organisations.map((organisation) => ({
    value: organisation.id,
    label: organisation.country ? `${organisation.name} (${organisation.country.name})` : organisation.name,
  }));
}

// Countries proper (not the EU or ASEAN), ASEM partners first.
export async function listStateOptions() {
  const countries = await db.country.findMany({
    where: { kind: "STATE" },
    orderBy: [{ asemPartner: "desc" }, { name: "asc" }],
    select: { code: true, name: true },
  });
  return countries.map((country) => ({ value: country.code, label: country.name }));
}

export async function listCityOptions() {
  const cities = await db.city.findMany({
    orderBy: [{ name: "asc" }, { countryCode: "asc" }],
    select: { id: true, name: true, country: { select: { name: true } } },
  });
  return cities.map((city) => ({ value: city.id, label: `${city.name}, ${city.country.name}` }));
}

export async function listPartnershipOptions() {
  const tLabels = await getTranslations("labels");
  const partnerships = await db.cityPartnership.findMany({
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      ecocDesignation: { select: { programme: true, year: true, city: { select: { name: true } } } },
      cceaDesignation: { select: { programme: true, year: true, city: { select: { name: true } } } },
    },
  });
  const side = (designation: (typeof partnerships)[number]["ecocDesignation"]) =>
    `${designation.city.name} (${label(tLabels, "programmeShort", designation.programme)} ${designation.year})`;
  return partnerships.map((partnership) => ({
    value: partnership.id,
    label: `${side(partnership.ecocDesignation)} – ${side(partnership.cceaDesignation)}`,
  }));
}

export async function listWorkshopOptions() {
  const workshops = await db.workshop.findMany({
    orderBy: { startDate: "desc" },
    select: { id: true, title: true, startDate: true },
  });
  return workshops.map((workshop) => ({
    value: workshop.id,
    label: `${workshop.title} (${workshop.startDate.getUTCFullYear()})`,
  }));
}

export async function listRecommendationOptions() {
  const recommendations = await db.recommendation.findMany({
    where: { visibility: "PUBLISHED" },
    orderBy: [{ workshop: { startDate: "desc" } }, { position: "asc" }, { submittedAt: "asc" }],
    select: { id: true, title: true },
  });
  return recommendations.map((recommendation) => ({ value: recommendation.id, label: recommendation.title }));
}

// Everything the project form offers; the lead organisation is left out of the partners.
export async function listProjectFormOptions(leadOrganisationId: string, locale: string) {
  const [organisations, countries, cities, partnerships, workshops, recommendations] = await Promise.all([
    listOrganisationOptions(),
    listCountryOptions(locale),
    listCityOptions(),
    listPartnershipOptions(),
    listWorkshopOptions(),
    listRecommendationOptions(),
  ]);
  const partners = organisations.filter((organisation) => organisation.value !== leadOrganisationId);
  return { partners, countries, cities, partnerships, workshops, recommendations };
}

export type ProjectFormOptions = Awaited<ReturnType<typeof listProjectFormOptions>>;
