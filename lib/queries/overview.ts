import "server-only";
import { allOf } from "@/lib/all-of";
import { db } from "@/lib/db";
import { countPublishedProjects } from "./projects";

// Counted in the database, never by loading rows.
export async function getOverviewCounts() {
  return allOf({
    projects: countPublishedProjects(),
    // Real: taken from public sources or submitted by their organisations, not sample data.
    realProjects: db.project.count({ where: { visibility: "PUBLISHED", isSample: false } }),
    organisations: db.organisation.count({ where: { mergedIntoId: null } }),
    partners: db.country.count({ where: { asemPartner: true } }),
    recommendations: db.recommendation.count({ where: { visibility: "PUBLISHED" } }),
    partnerships: db.cityPartnership.count(),
    documentedLinks: db.documentedLink.count(),
    designations: db.designation.count(),
  });
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
