import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { AllEndorsements } from "@/components/endorsements/all-endorsements";
import { HiddenEntry } from "@/components/ui/hidden-entry";
import { requireUser } from "@/lib/dal";
import type { SearchParams } from "@/lib/search-params";
import { OwnEntryView } from "./own-entry-view";
import { readEntry } from "./read-entry";

type Kind = "project" | "recommendation";

// An entry's two endorsement pages (/endorse, /endorsements), the same for both kinds:
// /projects/<slug>/… and /recommendations/<id>/…, with the messages of projects.* and recommendations.*.
const entryMessages = { project: "projects.page", recommendation: "recommendations.metadata" } as const;

const refOf = (kind: Kind, entryKey: string) =>
  kind === "project" ? { project: entryKey } : { recommendation: entryKey };

export async function endorseMetadata(kind: Kind): Promise<Metadata> {
  const t = await getTranslations(`${kind}s.endorse`);
  return { title: t("metaTitle"), robots: { index: false } };
}

// What the signed-in viewer may do with an entry, rendered for them: where its cached
// page leads without JavaScript.
export async function EndorsePage({ kind, entryKey }: { kind: Kind; entryKey: string }) {
  const user = await requireUser(`/${kind}s/${encodeURIComponent(entryKey)}/endorse`);
  return <OwnEntryView entry={refOf(kind, entryKey)} user={user} />;
}

export async function endorsementsMetadata(kind: Kind, entryKey: string): Promise<Metadata> {
  const [entry, t] = await Promise.all([
    readEntry(refOf(kind, entryKey)),
    getTranslations(entryMessages[kind]),
  ]);
  if (!entry) return { title: t("notFound") };
  if (entry.hiddenReason !== undefined) return { title: t("hidden") };
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
  const entry = await readEntry(refOf(kind, entryKey));
  if (!entry) notFound();
  if (entry.hiddenReason !== undefined) return <HiddenEntry kind={kind} reason={entry.hiddenReason} />;
  return (
    <AllEndorsements
      target={entry.target}
      entry={{ title: entry.title, path: entry.path, kind }}
      searchParams={searchParams}
    />
  );
}
