import { z } from "zod";
import { CooperationArea, Discipline } from "@/lib/generated/prisma/enums";
import { httpUrl, list, optional } from "./common";
import { msg } from "./messages";

export const PROJECT_LIMITS = {
  title: { min: 3, max: 160 },
  summary: { min: 10, max: 300 },
  description: { min: 20, max: 10_000 },
  partners: 30,
  // As many as there are ASEM partners.
  countries: 53,
  cities: 30,
  firstYear: 1980,
  lastYear: 2100,
} as const;

const text = (field: "title" | "summary" | "description", { min, max }: { min: number; max: number }) =>
  z
    .string({ error: msg(`project.${field}Required`) })
    .trim()
    .min(min, msg(`project.${field}TooShort`))
    .max(max, msg(`project.${field}TooLong`));

const id = z.string().trim().min(1).max(64);

const date = z
  .string()
  .trim()
  .pipe(z.iso.date(msg("date.example")))
  .refine(
    (value) => {
      const year = Number(value.slice(0, 4));
      return year >= PROJECT_LIMITS.firstYear && year <= PROJECT_LIMITS.lastYear;
    },
    {
      message: msg("date.yearRange"),
      params: { first: PROJECT_LIMITS.firstYear, last: PROJECT_LIMITS.lastYear },
    },
  );

// The project form, checked in the same way in the browser's round trip and on the server.
export const ProjectFormSchema = z
  .object({
    title: text("title", PROJECT_LIMITS.title),
    summary: text("summary", PROJECT_LIMITS.summary),
    description: text("description", PROJECT_LIMITS.description),
    partnerOrganisationIds: list(z.array(id).max(PROJECT_LIMITS.partners, msg("project.partnersTooMany"))),
    countryCodes: list(
      z
        .array(id)
        .min(1, msg("project.countriesRequired"))
        .max(PROJECT_LIMITS.countries, msg("project.countriesTooMany")),
    ),
    cityIds: list(z.array(id).max(PROJECT_LIMITS.cities, msg("project.citiesTooMany"))),
    disciplines: list(
      z
        .array(z.enum(Discipline, { error: msg("fromList.disciplines") }))
        .min(1, msg("project.disciplinesRequired")),
    ),
    cooperationAreas: list(
      z.array(z.enum(CooperationArea, { error: msg("fromList.areas") })).min(1, msg("project.areasRequired")),
    ),
    startDate: optional(date),
    endDate: optional(date),
    website: optional(httpUrl),
    partnershipId: optional(id),
    workshopId: optional(id),
    recommendationId: optional(id),
  })
  .refine((input) => !input.startDate || !input.endDate || input.endDate >= input.startDate, {
    path: ["endDate"],
    message: msg("date.endBeforeStart"),
    // Checked even when other fields are wrong, so that every mistake shows at once.
    when: ({ issues }) => !issues.some((issue) => ["startDate", "endDate"].includes(String(issue.path?.[0]))),
  });

export const UpdateProjectSchema = ProjectFormSchema.extend({ projectId: id });

export type ProjectFormInput = z.output<typeof ProjectFormSchema>;
