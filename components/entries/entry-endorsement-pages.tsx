import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { AllEndorsements } from "@/components/endorsements/all-endorsements";
import { HiddenEntry } from "@/components/ui/hidden-entry";
import { requireUser } from "@/lib/dal";
import { getProjectBySlug } from "@/lib/queries/projects";
import { getRecommendation } from "@/lib/queries/recommendations";
import type { SearchParams } from "@/lib/search-params";
import { OwnEntryView } from "./own-entry-view";

type Kind = "project" | "recommendation";

// An entry's two endorsement pages (/endorse, /endorsements), the same for both kinds:
// each kind names its address key, its messages and how its entry is read.
const kinds = {
  project: {
    base: "/projects",
    endorseMessages: "projects.endorse",
    entryMessages: "projects.page",
    ref: (slug: string) => ({ project: slug }),
    load: async (slug: string) => {
      const project = await getProjectBySlug(slug);
      return project && { ...project, path: `/projects/${project.slug}`, target: { projectId: project.id } };
    },
  },
  recommendation: {
    base: "/recommendations",
    endorseMessages: "recommendations.endorse",
    entryMessages: "recommendations.metadata",
    ref: (id: string) => ({ recommendation: id }),
    load: async (id: string) => {
      const recommendation = await getRecommendation(id);
      return (
        recommendation && {
          ...recommendation,
          path: `/recommendations/${recommendation.id}`,
          target: { recommendationId: recommendation.id },
        }
      );
    },
  },
} as const;

export async function endorseMetadata(kind: Kind): Promise<Metadata> {
  const t = await getTranslations(kinds[kind].endorseMessages);
  return { title: t("metaTitle"), robots: { index: false } };
}

// What the signed-in viewer may do with an entry, rendered for them: where its cached
// page leads without JavaScript.
export async function EndorsePage({ kind, entryKey }: { kind: Kind; entryKey: string }) {
  const user = await requireUser(`${kinds[kind].base}/${encodeURIComponent(entryKey)}/endorse`);
  return <OwnEntryView entry={kinds[kind].ref(entryKey)} user={user} />;
}

export async function endorsementsMetadata(kind: Kind, entryKey: string): Promise<Metadata> {
  const [entry, t] = await Promise.all([
    kinds[kind].load(entryKey),
    getTranslations(kinds[kind].entryMessages),
  ]);
  if (!entry) return { title: t("notFound") };
  if (entry.visibility === "HIDDEN") return { title: t("hidden") };
  return {
    title: t("endorsementsTitle", { title: entry.title }),
    description: t("endorsementsDescription", { title: entry.title }),
  };
}

// Every endorser of an entry, or why there is no such page.
export async function EndorsementsPage({
  kind,
  entryKey,
  searchParams,
}: {
  kind: Kind;
  entryKey: string;
  searchParams: SearchParams;
}) {
  const entry = await kinds[kind].load(entryKey);
  if (!entry) notFound();
  if (entry.visibility === "HIDDEN") return <HiddenEntry kind={kind} reason={entry.hiddenReason} />;
  return (
    <AllEndorsements
      target={entry.target}
      entry={{ title: entry.title, path: entry.path, kind }}
      searchParams={searchParams}
    />
  );
}
