import type { Metadata } from "next";
import Link from "next/link";
import { MeetingList } from "@/components/workshops/meeting-list";
import { PartnershipList } from "@/components/partnerships/partnership-list";
import { ProjectList } from "@/components/projects/project-list";
import { formatNumber } from "@/lib/format";
import { listRecentMeetings } from "@/lib/queries/meetings";
import { getOverviewCounts } from "@/lib/queries/overview";
import { listLatestPartnerships } from "@/lib/queries/partnerships";
import { listLatestProjects } from "@/lib/queries/projects";

export const metadata: Metadata = {
  title: { absolute: "ASEM Culture Portal: Asia–Europe cultural cooperation" },
  description:
    "ASEM workshops and their recommendations, European Capital of Culture and Culture City of East Asia partnerships, and cooperation projects between Asia and Europe.",
};

export default async function HomePage() {
  const [counts, projects, partnerships, meetings] = await Promise.all([
    getOverviewCounts(),
    listLatestProjects(5),
    listLatestPartnerships(4),
    listRecentMeetings(4),
  ]);
  const figures: [number, string, string][] = [
    [counts.projects, "published cooperation projects", "/projects"],
    [counts.organisations, "organisations", "/organizations"],
    [counts.partners, "ASEM partners", "/countries"],
    [counts.recommendations, "recommendations", "/recommendations"],
    [counts.partnerships, "city partnerships", "/partnerships"],
    [counts.documentedLinks, "documented city links", "/partnerships#documented-links"],
    [counts.designations, "ECoC and CCEA designations", "/cities"],
  ];

  return (
    <>
      <section aria-labelledby="portal-heading" className="mb-10">
        <h1 id="portal-heading" className="text-3xl font-semibold tracking-tight sm:text-4xl">
          Asia–Europe cultural cooperation, in one place
        </h1>
        <p className="mt-3 max-w-3xl text-lg text-gray-800">
          The ASEM Culture Portal follows the <Link href="/workshops">ASEM workshops</Link> on culture and the{" "}
          <Link href="/recommendations">recommendations</Link> they send to culture ministers and summits,
          pairs European Capitals of Culture with Culture Cities of East Asia in{" "}
          <Link href="/partnerships">city partnerships</Link>, and lists the{" "}
          <Link href="/projects">cooperation projects</Link> that NGOs, ministries and cultural institutions
          run between the two regions. <Link href="/about">Where the data comes from</Link>.
        </p>
        <h2 className="sr-only">The portal in figures</h2>
        <ul className="mt-6 grid grid-cols-2 gap-4 sm:grid-cols-3">
          {figures.map(([value, label, href]) => (
            <li key={href} className="rounded-lg border border-gray-200 p-4">
              <Link href={href} className="block no-underline hover:underline">
                <span className="block text-2xl font-semibold text-gray-900">{formatNumber(value)}</span>{" "}
                <span className="text-gray-800">{label}</span>
              </Link>
            </li>
          ))}
        </ul>
        <p className="mt-3 text-gray-800">
          {formatNumber(counts.realProjects)} of the {formatNumber(counts.projects)} projects are real: taken
          from public sources, with their sources, or submitted by their organisations. The other{" "}
          {formatNumber(counts.projects - counts.realProjects)} are sample data, marked as such.
        </p>
      </section>
      <div className="grid gap-10 lg:grid-cols-2">
        <section aria-labelledby="latest-projects">
          <h2 id="latest-projects" className="text-xl font-semibold">
            Latest projects
          </h2>
          <ProjectList projects={projects} headingLevel={3} compact />
          <Link href="/projects">All cooperation projects</Link>
        </section>
        <div>
          <section aria-labelledby="latest-partnerships">
            <h2 id="latest-partnerships" className="text-xl font-semibold">
              Latest city partnerships
            </h2>
            <PartnershipList partnerships={partnerships} headingLevel={3} />
            <Link href="/partnerships">All city partnerships</Link>
          </section>
          <section aria-labelledby="recent-meetings" className="mt-10">
            <h2 id="recent-meetings" className="mb-2 text-xl font-semibold">
              Recent ASEM meetings
            </h2>
            <MeetingList meetings={meetings} />
            <p className="mt-2">
              <Link href="/about#meetings">All summits and culture ministers&apos; meetings</Link>
            </p>
          </section>
        </div>
      </div>
    </>
  );
}
