import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { EditRefused } from "@/components/entries/edit-refused";
import {
  ProjectTranslationForm,
  RemoveProjectTranslationForm,
} from "@/components/projects/project-translation-forms";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/dal";
import { languageName, languageOptions } from "@/lib/languages";
import { can } from "@/lib/permissions";
import { listProjectFormOptions } from "@/lib/queries/form-options";
import { findProjectForEdit, type EditableProject } from "@/lib/queries/projects";
import { ProjectForm, type ProjectFormValues } from "../../_components/project-form";
import { ClientMessages } from "@/components/layout/client-messages";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("projects.edit");
  return { title: t("metaTitle") };
}

const isoDate = (date: Date | null) => date?.toISOString().slice(0, 10) ?? "";

function formValues(project: EditableProject): ProjectFormValues {
  return {
    title: project.title,
    summary: project.summary,
    description: project.description,
    language: project.language,
    partnerOrganisationIds: project.partners.map((partner) => partner.organisationId),
    countryCodes: project.countries.map((country) => country.countryCode),
    cityIds: project.cities.map((city) => city.cityId),
    disciplines: project.disciplines,
    cooperationAreas: project.cooperationAreas,
    startDate: isoDate(project.startDate),
    endDate: isoDate(project.endDate),
    website: project.website ?? "",
    partnershipId: project.partnershipId ?? "",
    workshopId: project.workshopId ?? "",
    recommendationId: project.recommendationId ?? "",
  };
}

// Another organisation's project, or a hidden one for a member, says why it cannot be edited.
export default async function EditProjectPage({ params }: Props) {
  const { slug } = await params;
  const user = await requireUser(`/projects/${slug}/edit`);
  const project = await findProjectForEdit({ slug });
  if (!project) notFound();
  const permission = can(user, "editProject", project);
  if (!permission.allowed) return <EditRefused reason={permission.reason} href={`/projects/${slug}`} />;
  const locale = await getLocale();
  const [options, t] = await Promise.all([
    listProjectFormOptions(project.leadOrganisationId, locale),
    getTranslations("projects.edit"),
  ]);
  const translations = project.translations.map((translation) => ({
    ...translation,
    languageName: languageName(translation.language, locale),
  }));
  const given = [project.language, ...translations.map((translation) => translation.language)];
  return (
    <ClientMessages area="contributing">
      <div className="max-w-3xl">
        <PageHeader
          title={t.rich("title", {
            title: project.title,
            entry: (chunks) => <span lang={project.language}>{chunks}</span>,
          })}
          lead={t("lead")}
        />
        <ProjectForm
          options={{ ...options, languages: languageOptions(locale) }}
          project={{ id: project.id, slug: project.slug, values: formValues(project) }}
        />
        <section id="translations" aria-labelledby="translations-heading" className="mt-12">
          <h2 id="translations-heading" className="mb-2 text-xl font-semibold">
            {t("translationsHeading")}
          </h2>
          <p className="mb-4 text-gray-700">
            {t("translationsLead", { language: languageName(project.language, locale) })}
          </p>
          <div className="flex flex-col gap-6">
            {translations.map((translation) => (
              <div key={translation.language}>
                <ProjectTranslationForm projectId={project.id} saved={translation} />
                <RemoveProjectTranslationForm projectId={project.id} saved={translation} />
              </div>
            ))}
            <ProjectTranslationForm projectId={project.id} languages={languageOptions(locale, given)} />
          </div>
        </section>
      </div>
    </ClientMessages>
  );
}
