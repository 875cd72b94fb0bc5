import { getLocale, getTranslations } from "next-intl/server";
import { ListPage } from "@/components/lists/list-page";
import { ProjectList } from "@/components/projects/project-list";
import { Link } from "@/i18n/navigation";
import { listMetadata } from "@/lib/lists/metadata";
import { readProjectList } from "@/lib/lists/read";
import { projectList } from "@/lib/lists/registry";
import { listCountryOptions } from "@/lib/queries/countries";
import { listProjects } from "@/lib/queries/projects";
import { hrefWith, type SearchParams } from "@/lib/search-params";

export const generateMetadata = () => listMetadata("projects", "/projects/feed.xml");

export default async function ProjectsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const [t, { filters, organisation, invalid }, countryOptions] = await Promise.all([
    getTranslations("lists.projects"),
    readProjectList(params),
    getLocale().then(listCountryOptions),
  ]);
  const { items, total, page, pageCount } = await listProjects(filters);
  const { pathname } = projectList;

  return (
    <ListPage
      list="projects"
      pathname={pathname}
      searchParams={params}
      headerExtra={
        <p className="mt-3">
          <Link href="/projects/new">{t("submit")}</Link>
        </p>
      }
      filters={[
        { kind: "search" },
        { kind: "select", name: "country", options: countryOptions },
        { kind: "select", name: "discipline", options: "discipline" },
        { kind: "select", name: "area", options: "cooperationArea" },
        { kind: "select", name: "kind", options: "organisationKind" },
        {
          kind: "select",
          name: "sort",
          options: [
            { value: "newest", label: t("newest") },
            { value: "endorsed", label: t("endorsed") },
          ],
          anyLabel: t("bestMatch"),
        },
        { kind: "hidden", name: "organisation", value: organisation?.slug },
      ]}
      invalid={invalid}
      found={{ total, page, pageCount }}
      notice={
        organisation ? (
          <p className="mb-2">
            {t.rich("ledBy", {
              organisation: () => (
                <Link href={`/organizations/${organisation.slug}`}>{organisation.name}</Link>
              ),
              all: (chunks) => (
                <Link href={hrefWith(pathname, params, { organisation: undefined, page: undefined })}>
                  {chunks}
                </Link>
              ),
            })}
          </p>
        ) : null
      }
      feed
      items={items.length ? <ProjectList items={items} /> : null}
    />
  );
}
