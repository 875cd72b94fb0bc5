import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EditRefused } from "@/components/entries/edit-refused";
import { PageHeader } from "@/components/ui/page-header";
import { isAdmin, requireUser } from "@/lib/dal";
import { projectEditRefusal } from "@/lib/queries/edit-refusals";
import { listProjectFormOptions } from "@/lib/queries/form-options";
import { findEditableProject, type EditableProject } from "@/lib/queries/projects";
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
  const project = await findEditableProject({ slug }, user);
  if (!project || (project.visibility === "HIDDEN" && !isAdmin(user))) {
    const reason = await projectEditRefusal(slug, user);
    if (!reason) notFound();
    return <EditRefused reason={reason} href={`/projects/${slug}`} />;
  }
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
