import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EditRefused } from "@/components/entries/edit-refused";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/dal";
import { can } from "@/lib/permissions";
import { listProjectFormOptions } from "@/lib/queries/form-options";
import { findProjectForEdit, type EditableProject } from "@/lib/queries/projects";
import { ProjectForm, type ProjectFormValues } from "../../_components/project-form";

type Props = { params: Promise<{ slug: string }> };

export const metadata: Metadata = { title: "Edit project" };

const isoDate = (date: Date | null) => date?.toISOString().slice(0, 10) ?? "";

function formValues(project: EditableProject): ProjectFormValues {
  return {
    title: project.title,
    summary: project.summary,
    description: project.description,
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
  const options = await listProjectFormOptions(project.leadOrganisationId);
  return (
    <div className="max-w-3xl">
      <PageHeader
        title={`Edit “${project.title}”`}
        lead="Endorsements given earlier will show that they endorsed an earlier version when you change the title, summary or description."
      />
      <ProjectForm
        options={options}
        project={{ id: project.id, slug: project.slug, values: formValues(project) }}
      />
    </div>
  );
}
