import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Section } from "@/components/ui/section";
import { MeetingList } from "@/components/workshops/meeting-list";
import { PartnershipList } from "@/components/partnerships/partnership-list";
import { ProjectList } from "@/components/projects/project-list";
import { linkTag } from "@/components/ui/link-tag";
import { Link } from "@/i18n/navigation";
import { getFormat } from "@/lib/format";
import { listRecentMeetings } from "@/lib/queries/meetings";
import { getOverviewCounts } from "@/lib/queries/overview";
import { listLatestPartnerships } from "@/lib/queries/partnerships";
import { listLatestProjects } from "@/lib/queries/projects";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("home.metadata");
  return { title: { absolute: t("title") }, description: t("description") };
}

export default async function HomePage() {
  const [counts, projects, partnerships, meetings, t, format] = await Promise.all([
    getOverviewCounts(),
    listLatestProjects(5),
    listLatestPartnerships(4),
    listRecentMeetings(4),
    getTranslations("home"),
    getFormat(),
  ]);
  const figures = [
    [counts.projects, "projects", "/projects"],
    [counts.organisations, "organisations", "/organizations"],
    [counts.partners, "partners", "/countries"],
    [counts.recommendations, "recommendations", "/recommendations"],
    [counts.partnerships, "partnerships", "/partnerships"],
    [counts.documentedLinks, "documentedLinks", "/partnerships#documented-links"],
    [counts.designations, "designations", "/cities"],
  ] as const;

  return (
    <>
      <section aria-labelledby="portal-heading" className="mb-10">
        <h1 id="portal-heading" className="text-3xl font-semibold tracking-tight sm:text-4xl">
          {t("heading")}
        </h1>
        <p className="mt-3 max-w-3xl text-lg text-gray-800">
          {t.rich("intro", {
            workshops: linkTag("/workshops"),
            recommendations: linkTag("/recommendations"),
            partnerships: linkTag("/partnerships"),
            projects: linkTag("/projects"),
            about: linkTag("/about"),
          })}
        </p>
        <h2 className="sr-only">{t("figuresHeading")}</h2>
        <ul className="mt-6 grid grid-cols-2 gap-4 sm:grid-cols-3">
          {figures.map(([value, label, href]) => (
            <li key={href} className="rounded-lg border border-gray-200 p-4">
              <Link href={href} className="block no-underline hover:underline">
                <span className="block text-2xl font-semibold text-gray-900">{format.number(value)}</span>{" "}
                <span className="text-gray-800">{t(`figures.${label}`, { count: value })}</span>
              </Link>
            </li>
          ))}
        </ul>
        <p className="mt-3 text-gray-800">
          {t("realProjects", {
            real: counts.realProjects,
            total: counts.projects,
            sample: counts.projects - counts.realProjects,
          })}
        </p>
      </section>
      <div className="grid gap-10 lg:grid-cols-2">
        <Section id="latest-projects" title={t("latestProjects")} headingGap="none">
          <ProjectList items={projects} headingLevel={3} compact />
          <Link href="/projects">{t("allProjects")}</Link>
        </Section>
        <div>
          <Section id="latest-partnerships" title={t("latestPartnerships")} headingGap="none">
            <PartnershipList items={partnerships} headingLevel={3} />
            <Link href="/partnerships">{t("allPartnerships")}</Link>
          </Section>
          <Section id="recent-meetings" title={t("recentMeetings")} className="mt-10" headingGap="small">
            <MeetingList meetings={meetings} />
            <p className="mt-2">
              <Link href="/about#meetings">{t("allMeetings")}</Link>
            </p>
          </Section>
        </div>
      </div>
    </>
  );
}
