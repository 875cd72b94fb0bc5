import "server-only";
import { db } from "@/lib/db";
import { countPublishedProjects } from "./projects";

// Counted in the database, never by loading rows.
export async function getOverviewCounts() {
  const [
    projects,
    realProjects,
    organisations,
    partners,
    recommendations,
    partnerships,
    documentedLinks,
    designations,
  ] = await Promise.all([
    countPublishedProjects(),
    // Real: taken from public sources or submitted by their organisations, not sample data.
    db.project.count({ where: { visibility: "PUBLISHED", isSample: false } }),
    db.organisation.count({ where: { mergedIntoId: null } }),
    db.country.count({ where: { asemPartner: true } }),
    db.recommendation.count({ where: { visibility: "PUBLISHED" } }),
    db.cityPartnership.count(),
    db.documentedLink.count(),
    db.designation.count(),
  ]);
  return {
    projects,
    realProjects,
    organisations,
    partners,
    recommendations,
    partnerships,
    documentedLinks,
    designations,
  };
}

// The source documents the portal rests on, with the organisations behind them.
export async function listPublications() {
  return db.publication.findMany({
    orderBy: { title: "asc" },
    select: {
      slug: true,
      title: true,
      publisher: true,
      summary: true,
      url: true,
      year: true,
      workshopSlug: true,
      organisations: {
        orderBy: { organisation: { name: "asc" } },
        select: { role: true, organisation: { select: { slug: true, name: true } } },
      },
    },
  });
}
