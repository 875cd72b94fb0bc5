import "server-only";
import { db } from "@/lib/db";
import type { Programme } from "@/lib/generated/prisma/enums";
import { getTranslations } from "next-intl/server";
import { label, type LabelTranslator } from "@/lib/labels";

// How far apart two title years may be for the cities to be suggested as a pair.
export const SUGGESTION_YEAR_RANGE = 2;

const designationLabelSelect = {
  id: true,
  programme: true,
  year: true,
  cityId: true,
  city: { select: { name: true, country: { select: { name: true } } } },
} as const;

type LabelledDesignation = {
  programme: Programme;
  year: number;
  city: { name: string; country: { name: string } };
};

// "Matera (Italy), ECoC 2019": city, country, programme and year tell designations apart.
export function designationLabel(designation: LabelledDesignation, tLabels: LabelTranslator) {
  const { city, programme, year } = designation;
  return `${city.name} (${city.country.name}), ${label(tLabels, "programmeShort", programme)} ${year}`;
}

// Every designation, newest title year first, split by programme for the two sides of the form.
export async function listDesignationOptions() {
  const tLabels = await getTranslations("labels");
  const designations = await db.designation.findMany({
    orderBy: [{ year: "desc" }, { city: { name: "asc" } }, { id: "asc" }],
    select: designationLabelSelect,
  });
  const options = (programme: Programme) =>
    designations
      .filter((designation) => designation.programme === programme)
      .map((designation) => ({ value: designation.id, label: designationLabel(designation, tLabels) }));
  return { ecoc: options("ECOC"), ccea: options("CCEA") };
}

export type DesignationOptions = Awaited<ReturnType<typeof listDesignationOptions>>;

// A pairing as the edit form holds it, with every linked project, hidden ones included.
export async function getPartnershipForEdit(id: string) {
  return db.cityPartnership.findUnique({
    where: { id },
    select: {
      ecocDesignationId: true,
      cceaDesignationId: true,
      cooperationAreas: true,
      sectors: true,
      rationale: true,
      _count: { select: { projects: true } },
      projects: {
        orderBy: [{ title: "asc" }, { id: "asc" }],
        take: 200,
        select: { id: true, slug: true, title: true, visibility: true },
      },
    },
  });
}

// Designations of the other programme within SUGGESTION_YEAR_RANGE years that are not yet
// paired with this one, nearest year first.
export async function listPairingSuggestions(designationId: string) {
  const tLabels = await getTranslations("labels");
  const designation = await db.designation.findUnique({
    where: { id: designationId },
    select: designationLabelSelect,
  });
  if (!designation) return null;
  const isEcoc = designation.programme === "ECOC";
  const candidates = await db.designation.findMany({
    where: {
      programme: isEcoc ? "CCEA" : "ECOC",
      year: { gte: designation.year - SUGGESTION_YEAR_RANGE, lte: designation.year + SUGGESTION_YEAR_RANGE },
      cityId: { not: designation.cityId },
      ...(isEcoc
        ? { cceaPartnerships: { none: { ecocDesignationId: designation.id } } }
        : { ecocPartnerships: { none: { cceaDesignationId: designation.id } } }),
    },
    orderBy: [{ year: "asc" }, { city: { name: "asc" } }, { id: "asc" }],
    select: designationLabelSelect,
  });
  const suggestions = candidates
    .map((candidate) => ({
      id: candidate.id,
      label: designationLabel(candidate, tLabels),
      yearsApart: Math.abs(candidate.year - designation.year),
      ecocDesignationId: isEcoc ? designation.id : candidate.id,
      cceaDesignationId: isEcoc ? candidate.id : designation.id,
    }))
    .sort((a, b) => a.yearsApart - b.yearsApart);
  return {
    designation: {
      id: designation.id,
      programme: designation.programme,
      label: designationLabel(designation, tLabels),
    },
    suggestions,
  };
}
