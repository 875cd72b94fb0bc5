import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { API_REQUESTS_PER_MINUTE } from "@/lib/api/rate-limit";
import { API_MAX_PER_PAGE } from "@/lib/validations/api";

export const metadata: Metadata = {
  title: "Open data and API",
  description:
    "Download the portal's projects, recommendations, city partnerships and organisations as CSV or JSON, follow its Atom feeds, or read them through a JSON API.",
};

const lists = [
  {
    path: "/projects",
    label: "Cooperation projects",
    api: "/api/v1/projects",
    record: "/api/v1/projects/{slug}",
  },
  {
    path: "/recommendations",
    label: "Recommendations",
    api: "/api/v1/recommendations",
    record: "/api/v1/recommendations/{id}",
  },
  {
    path: "/partnerships",
    label: "City partnerships",
    api: "/api/v1/partnerships",
    record: "/api/v1/partnerships/{id}",
  },
  {
    path: "/organizations",
    label: "Organisations",
    api: "/api/v1/organizations",
    record: "/api/v1/organizations/{slug}",
  },
];

const sectionHeading = "mb-2 mt-8 text-xl font-semibold";

export default function DevelopersPage() {
  return (
    <>
      <PageHeader
        title="Open data and API"
        lead="Everything the portal lists publicly can be downloaded, followed and read by programs. Entries marked “Sample data” (isSample in the files) are illustrative, not real."
      />
      <h2 className={sectionHeading}>Downloads</h2>
      <p className="max-w-3xl">
        Every list has “Download CSV” and “Download JSON” links under its result count. They download the
        whole list with the filters and order it shows, every page of it. Add the list’s filters to these
        addresses:
      </p>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {lists.map((list) => (
          <li key={list.path}>
            <Link href={list.path}>{list.label}</Link>: <code>{list.path}/export.csv</code>,{" "}
            <code>{list.path}/export.json</code>
          </li>
        ))}
      </ul>
      <h2 className={sectionHeading}>Atom feeds</h2>
      <ul className="list-disc space-y-1 pl-5">
        <li>
          <a href="/projects/feed.xml">New cooperation projects</a> (the latest 50)
        </li>
        <li>
          <a href="/recommendations/feed.xml">Recommendation status changes</a> (the latest 50)
        </li>
      </ul>
      <h2 className={sectionHeading}>JSON API</h2>
      <p className="max-w-3xl">
        A read-only API under <code>/api/v1</code>, described in{" "}
        <a href="/api/v1/openapi.json">OpenAPI 3.1</a>. It needs no key. Lists take the same filters as the
        list pages, plus <code>page</code> and <code>per_page</code> (at most {API_MAX_PER_PAGE}), and answer{" "}
        <code>data</code>, <code>meta</code> (total, page, perPage, pageCount) and <code>links</code> (next
        and prev pages).
      </p>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {lists.map((list) => (
          <li key={list.api}>
            <code>{list.api}</code> and <code>{list.record}</code>
          </li>
        ))}
      </ul>
      <p className="mt-2 max-w-3xl">
        For example, <code>/api/v1/projects?country=VN&amp;per_page=5</code> answers the first five projects
        in Vietnam. An unknown or misspelt parameter or value is answered with status 400 and says which; an
        unknown or hidden entry with 404. Each address may make {API_REQUESTS_PER_MINUTE} requests a minute;
        beyond that the answer is 429 with a Retry-After header. Answers may be up to a minute old.
      </p>
    </>
  );
}
