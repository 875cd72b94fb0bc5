"use server";

import { getLocale, getTranslations } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
import { refuse } from "@/lib/dal";
import { db } from "@/lib/db";
import { failedForm } from "@/lib/form-state";
import { actingOrganisation, authorise, can } from "@/lib/permissions";
import { findProjectForEdit } from "@/lib/queries/projects";
import { availableSlug, withUniqueSlug } from "@/lib/slugs";
import {
  DeleteProjectTranslationSchema,
  ProjectFormSchema,
  ProjectTranslationSchema,
  UpdateProjectSchema,
  type ProjectFormInput,
} from "@/lib/validations/project";
import { formAction } from "./action";
import { revalidatePages } from "@/lib/revalidate";

const outcomes = () => getTranslations("outcomes.projects");

// The lead organisation is always the member's own, whatever the request says.
export const createProject = formAction("member", ProjectFormSchema, async (input, user, formData) => {
  const lead = await actingOrganisation(user);
  const errors = await referenceErrors(input, lead.id);
  if (errors) return failedForm(formData, (await outcomes())("referencesUnavailable"), errors);

  const links = linksOf(input);
  const slug = await availableSlug(input.title, takenSlugs, "project");
  const project = await withUniqueSlug(slug, (free) =>
    db.project.create({
      data: {
        ...fieldsOf(input),
        slug: free,
        leadOrganisationId: lead.id,
        createdById: user.id,
        partners: { create: links.partners },
        countries: { create: links.countries },
        cities: { create: links.cities },
      },
      select: { slug: true },
    }),
  );
  revalidateProject(project.slug);
  redirect({ href: `/projects/${project.slug}`, locale: await getLocale() });
});

export const updateProject = formAction("member", UpdateProjectSchema, async (input, user, formData) => {
  const project = await editableProject(input.projectId, user);
  const errors = await referenceErrors(input, project.leadOrganisationId);
  if (errors) return failedForm(formData, (await outcomes())("referencesUnavailable"), errors);

  // Endorsements record the version they endorsed: only a change of text makes a new one.
  const textChanged =
    input.title !== project.title ||
    input.summary !== project.summary ||
    input.description !== project.description;
  const links = linksOf(input);
  // One nested update is one transaction: the lists are replaced together with the fields.
  await db.project.update({
    where: { id: project.id },
    data: {
      ...fieldsOf(input),
      ...(textChanged && { version: { increment: 1 } }),
      partners: { deleteMany: {}, create: links.partners },
      countries: { deleteMany: {}, create: links.countries },
      cities: { deleteMany: {}, create: links.cities },
    },
  });
  revalidateProject(project.slug);
  redirect({ href: `/projects/${project.slug}`, locale: await getLocale() });
});

// The project this user may edit, found by id, or a refusal that says why not.
async function editableProject(projectId: string, user: Parameters<typeof can>[0]) {
  const project = await findProjectForEdit({ id: projectId });
  if (!project) refuse((await outcomes())("notEditable"));
  await authorise(can(user, "editProject", project));
  return project;
}

// Adds the title and summary in a language, or replaces the ones it has in it.
export const saveProjectTranslation = formAction(
  "member",
  ProjectTranslationSchema,
  async (input, user, formData) => {
    const project = await editableProject(input.projectId, user);
    if (input.language === project.language) {
      const [t, tForms] = await Promise.all([getTranslations("validation"), getTranslations("forms")]);
      return failedForm(formData, tForms("needsAttention"), {
        language: [t("project.translationInOwnLanguage")],
      });
    }
    const { projectId, language, title, summary } = input;
    await db.projectTranslation.upsert({
      where: { projectId_language: { projectId, language } },
      create: { projectId, language, title, summary },
      update: { title, summary },
    });
    revalidateProject(project.slug);
    redirect({ href: `/projects/${project.slug}/edit#translations`, locale: await getLocale() });
  },
);

export const deleteProjectTranslation = formAction(
  "member",
  DeleteProjectTranslationSchema,
  async ({ projectId, language }, user) => {
    const project = await editableProject(projectId, user);
    await db.projectTranslation.deleteMany({ where: { projectId, language } });
    revalidateProject(project.slug);
    redirect({ href: `/projects/${project.slug}/edit#translations`, locale: await getLocale() });
  },
);

function fieldsOf(input: ProjectFormInput) {
  return {
    title: input.title,
    summary: input.summary,
    description: input.description,
    language: input.language,
    disciplines: input.disciplines,
    cooperationAreas: input.cooperationAreas,
    startDate: input.startDate ? new Date(input.startDate) : null,
    endDate: input.endDate ? new Date(input.endDate) : null,
    website: input.website ?? null,
    partnershipId: input.partnershipId ?? null,
    workshopId: input.workshopId ?? null,
    recommendationId: input.recommendationId ?? null,
  };
}

function linksOf(input: ProjectFormInput) {
  return {
    partners: input.partnerOrganisationIds.map((organisationId) => ({ organisationId })),
    countries: input.countryCodes.map((countryCode) => ({ countryCode })),
    cities: input.cityIds.map((cityId) => ({ cityId })),
  };
}

async function takenSlugs(prefix: string) {
  const rows = await db.project.findMany({ where: { slug: { startsWith: prefix } }, select: { slug: true } });
  return rows.map((row) => row.slug);
}

// Every id sent must name a row the form offers; a forged or stale one becomes a field error.
async function referenceErrors(input: ProjectFormInput, leadOrganisationId: string) {
  const chosen = async (id: string | undefined, count: (id: string) => Promise<number>) =>
    id ? (await count(id)) > 0 : true;
  const [countries, cities, partners, partnership, workshop, recommendation] = await Promise.all([
    db.country.count({ where: { code: { in: input.countryCodes } } }),
    db.city.count({ where: { id: { in: input.cityIds } } }),
    db.organisation.count({
      where: {
        id: { in: input.partnerOrganisationIds },
        mergedIntoId: null,
        verificationStatus: { not: "REJECTED" },
      },
    }),
    chosen(input.partnershipId, (id) => db.cityPartnership.count({ where: { id } })),
    chosen(input.workshopId, (id) => db.workshop.count({ where: { id } })),
    chosen(input.recommendationId, (id) =>
      db.recommendation.count({ where: { id, visibility: "PUBLISHED" } }),
    ),
  ]);
  const t = await outcomes();
  const errors: Record<string, string[]> = {};
  if (countries < input.countryCodes.length) errors.countryCodes = [t("countriesFromList")];
  if (cities < input.cityIds.length) errors.cityIds = [t("citiesFromList")];
  if (partners < input.partnerOrganisationIds.length) {
    errors.partnerOrganisationIds = [t("partnersFromList")];
  } else if (input.partnerOrganisationIds.includes(leadOrganisationId)) {
    errors.partnerOrganisationIds = [t("leadNotPartner")];
  }
  if (!partnership) errors.partnershipId = [t("partnershipFromList")];
  if (!workshop) errors.workshopId = [t("workshopFromList")];
  if (!recommendation) errors.recommendationId = [t("recommendationFromList")];
  return Object.keys(errors).length ? errors : null;
}

function revalidateProject(slug: string) {
  revalidatePages("/projects", `/projects/${slug}`, "/");
}
