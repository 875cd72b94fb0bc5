import "server-only";
import { isAdmin, organisationProblem, type CurrentUser } from "@/lib/dal";
import { db } from "@/lib/db";

// Why a signed-in user may not edit an entry that exists, for the edit page to say so
// rather than claim there is no such page. Null when there is no such entry (a 404).
export async function projectEditRefusal(slug: string, user: CurrentUser): Promise<string | null> {
  const project = await db.project.findUnique({
    where: { slug },
    select: { title: true, visibility: true, leadOrganisation: { select: { name: true } } },
  });
  if (!project) return null;
  if (project.visibility === "HIDDEN" && !isAdmin(user))
    return "The portal's moderators have hidden this project, so it cannot be edited.";
  return (
    organisationProblem(user) ??
    `“${project.title}” is led by ${project.leadOrganisation.name}: only its members and the portal's admins may edit it.`
  );
}

export async function recommendationEditRefusal(id: string, user: CurrentUser): Promise<string | null> {
  const recommendation = await db.recommendation.findUnique({
    where: { id },
    select: {
      title: true,
      visibility: true,
      submittedByLabel: true,
      submittedByOrganisation: { select: { name: true } },
    },
  });
  if (!recommendation) return null;
  if (recommendation.visibility === "HIDDEN" && !isAdmin(user))
    return "The portal's moderators have hidden this recommendation, so it cannot be edited.";
  const submitter = recommendation.submittedByOrganisation?.name ?? recommendation.submittedByLabel;
  return (
    organisationProblem(user) ??
    `“${recommendation.title}” was submitted by ${submitter ?? "another organisation"}: only its members and the portal's admins may edit it.`
  );
}
