import type { Metadata } from "next";
import Link from "next/link";
import { PartnershipList } from "@/components/partnerships/partnership-list";
import { ProjectList } from "@/components/projects/project-list";
import { formatDateRange, formatNumber } from "@/lib/format";
import { meetingKindLabels } from "@/lib/labels";
import { getOverviewCounts, listRecentMeetings } from "@/lib/queries/overview";
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
    [counts.projects, "cooperation projects", "/projects"],
    [counts.organisations, "organisations", "/organizations"],
    [counts.partners, "ASEM partners", "/countries"],
    [counts.recommendations, "recommendations", "/recommendations"],
    [counts.partnerships, "city partnerships", "/partnerships"],
    [counts.designations, "ECoC and CCEA titles", "/cities"],
  ];

  return (
    <>
      <section className="mb-10">
        <h1 className="text-3xl font-semibold tracking-tight sm:text-4xl">
          Asia–Europe cultural cooperation, in one place
        </h1>
        <p className="mt-3 max-w-3xl text-lg text-gray-800">
          The ASEM Culture Portal follows the ASEM workshops on culture and the recommendations they send to
          ministers and summits, pairs European Capitals of Culture with Culture Cities of East Asia, and
          lists the cooperation projects that NGOs, ministries, cities and cultural institutions run between
          the two regions.
        </p>
        <ul className="mt-6 grid grid-cols-2 gap-4 sm:grid-cols-3">
          {figures.map(([value, label, href]) => (
            <li key={href} className="rounded-lg border border-gray-200 p-4">
              <Link href={href} className="block no-underline hover:underline">
                <span className="block text-2xl font-semibold text-gray-900">{formatNumber(value)}</span>
                <span className="text-gray-800">{label}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <div className="grid gap-10 lg:grid-cols-2">
        <section aria-labelledby="latest-projects">
          <h2 id="latest-projects" className="text-xl font-semibold">
            Latest projects
          </h2>
          <ProjectList projects={projects} headingLevel={3} />
          <Link href="/projects">All projects</Link>
        </section>
        <div>
          <section aria-labelledby="latest-partnerships">
            <h2 id="latest-partnerships" className="text-xl font-semibold">
              City partnerships
            </h2>
            <PartnershipList partnerships={partnerships} headingLevel={3} />
            <Link href="/partnerships">All partnerships</Link>
          </section>
          <section aria-labelledby="recent-meetings" className="mt-10">
            <h2 id="recent-meetings" className="mb-2 text-xl font-semibold">
              Recent ASEM meetings
            </h2>
            <ul className="space-y-2">
              {meetings.map((meeting) => (
                <li key={meeting.slug}>
                  <span className="font-medium">{meeting.name}</span> ({meetingKindLabels[meeting.kind]}),{" "}
                  {meeting.city}, {meeting.country.name},{" "}
                  {formatDateRange(meeting.startDate, meeting.endDate)}
                </li>
              ))}
            </ul>
            <Link href="/about#meetings">All meetings</Link>
          </section>
        </div>
      </div>
    </>
  );
}
