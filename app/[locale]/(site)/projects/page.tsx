import { getTranslations } from "next-intl/server";
import { ListPage } from "@/components/lists/list-page";
import { ProjectList } from "@/components/projects/project-list";
import { Link } from "@/i18n/navigation";
import { labelOptions } from "@/lib/labels";
import { listMetadata } from "@/lib/lists/metadata";
import { readProjectList } from "@/lib/lists/read";
import { projectList } from "@/lib/lists/registry";
import { listCountryOptions } from "@/lib/queries/countries";
import { listProjects } from "@/lib/queries/projects";
import { hrefWith, type SearchParams } from "@/lib/search-params";

export const generateMetadata = () => listMetadata("projects", "/projects/feed.xml");

export default async function ProjectsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const tLabels = await getTranslations("labels");
  const params = await searchParams;
  const [t, { filters, organisation, invalid }, countryOptions] = await Promise.all([
    getTranslations("lists.projects"),
    readProjectList(params),
    listCountryOptions(),
  ]);
  const { items, total, page, pageCount } = await listProjects(filters);
  const { pathname } = projectList;

  return (
    <ListPage
      pathname={pathname}
      searchParams={params}
      title={t("title")}
      lead={t("lead")}
      headerExtra={
        <p className="mt-3">
          <Link href="/projects/new">{t("submit")}</Link>
        </p>
      }
      filters={[
        { kind: "search", label: t("search"), placeholder: t("searchPlaceholder") },
        { kind: "select", name: "country", label: t("country"), options: countryOptions },
        {
          kind: "select",
          name: "discipline",
          label: t("discipline"),
          options: labelOptions(tLabels, "discipline"),
        },
        { kind: "select", name: "area", label: t("area"), options: labelOptions(tLabels, "cooperationArea") },
        {
          kind: "select",
          name: "kind",
          label: t("kind"),
          options: labelOptions(tLabels, "organisationKind"),
        },
        {
          kind: "select",
          name: "sort",
          label: t("sort"),
          options: [
            { value: "newest", label: t("newest") },
            { value: "endorsed", label: t("endorsed") },
          ],
          anyLabel: t("bestMatch"),
        },
        { kind: "hidden", name: "organisation", value: organisation?.slug },
      ]}
      invalid={invalid}
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
      count={t("count", { count: total })}
      feed={{ href: "/projects/feed.xml", label: t("feed") }}
      items={items.length ? <ProjectList items={items} /> : null}
      paging={{ page, pageCount, total }}
      empty={{ title: t("empty"), hint: t("emptyHint") }}
    />
  );
}
