import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { EndorsementSection } from "@/components/endorsements/endorsement-section";
import {
  EntryViewerModeration,
  EntryViewerPanel,
  type EntryViewer,
} from "@/components/entries/entry-viewer-panel";
import { ProjectFacts } from "@/components/projects/project-facts";
import { AlsoIn, OtherVersions } from "@/components/projects/project-versions";
import { Section } from "@/components/ui/section";
import { projectVersion } from "@/lib/project-versions";
import { SourceList } from "@/components/ui/source-list";
import { PublicSourcesBadge, SampleBadge, UnverifiedBadge } from "@/components/ui/badge";
import { HiddenEntry } from "@/components/ui/hidden-entry";
import { Markdown } from "@/components/ui/markdown";
import { PageHeader } from "@/components/ui/page-header";
import { languageName } from "@/lib/languages";
import { getProjectBySlug } from "@/lib/queries/projects";

// A project's page: app/(site)/projects/[slug] renders it on request for its viewer,
// app/cached/…/projects/[slug] once for everyone.
export async function ProjectEntry({ slug, viewer }: { slug: string; viewer: EntryViewer }) {
  const project = await getProjectBySlug(slug);
  if (!project) notFound();
  // Moderation keeps the address alive but shows only why the entry was hidden.
  if (project.visibility === "HIDDEN") return <HiddenEntry kind="project" reason={project.hiddenReason} />;
  const target = { projectId: project.id };
  const path = `/projects/${project.slug}`;
  const entry = { project: project.slug };
  const [locale, t, tLabels] = await Promise.all([
    getLocale(),
    getTranslations("projects.page"),
    getTranslations("labels"),
  ]);
  const { shown, others } = projectVersion(project, locale);

  return (
    <article>
      <PageHeader
        title={<span lang={shown.language}>{shown.title}</span>}
        lead={<span lang={shown.language}>{shown.summary}</span>}
      >
        <p className="mt-2 text-sm text-gray-700">
          {tLabels("writtenIn", { language: languageName(project.language, locale) })}
          {shown.language !== project.language
            ? ` · ${t("translatedBy", { language: languageName(shown.language, locale) })}`
            : null}
        </p>
        <AlsoIn others={others} locale={locale} />
        <p className="mt-2 flex flex-wrap items-center gap-3">
          {project.isSample ? <SampleBadge /> : null}
          {project.sources.length ? <PublicSourcesBadge /> : null}
          <UnverifiedBadge status={project.leadOrganisation.verificationStatus} />
        </p>
        <EntryViewerPanel viewer={viewer} entry={entry} path={path} part="edit" />
      </PageHeader>
      <Section id="description-heading" title={t("description")}>
        <div lang={project.language}>
          <Markdown text={project.description} />
        </div>
      </Section>
      <OtherVersions others={others} locale={locale} />
      <Section id="facts-heading" title={t("about")} className="mt-8">
        <ProjectFacts project={project} />
        <SourceList sources={project.sources} />
      </Section>
      <EndorsementSection
        target={target}
        path={path}
        viewerPanel={<EntryViewerPanel viewer={viewer} entry={entry} path={path} part="endorsement" />}
      />
      <EntryViewerModeration viewer={viewer} entry={entry} target={target} kind="project" />
    </article>
  );
}
