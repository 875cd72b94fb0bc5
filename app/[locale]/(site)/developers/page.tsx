import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { getPathname, Link } from "@/i18n/navigation";
import { API_REQUESTS_PER_MINUTE } from "@/lib/api/rate-limit";
import { API_MAX_PER_PAGE } from "@/lib/lists/define";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("developers");
  return { title: t("title"), description: t("description") };
}

const lists = [
  { path: "/projects", label: "projects", api: "/api/v1/projects", record: "/api/v1/projects/{slug}" },
  {
    path: "/recommendations",
    label: "recommendations",
    api: "/api/v1/recommendations",
    record: "/api/v1/recommendations/{id}",
  },
  {
    path: "/partnerships",
    label: "partnerships",
    api: "/api/v1/partnerships",
    record: "/api/v1/partnerships/{id}",
  },
  {
    path: "/organizations",
    label: "organisations",
    api: "/api/v1/organizations",
    record: "/api/v1/organizations/{slug}",
  },
] as const;

const sectionHeading = "mb-2 mt-8 text-xl font-semibold";
const code = (chunks: ReactNode) => <code>{chunks}</code>;

export default async function DevelopersPage() {
  const [t, locale] = await Promise.all([getTranslations("developers"), getLocale()]);
  // The feeds in this page's language.
  const feed = (path: string) => getPathname({ href: path, locale });
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <h2 className={sectionHeading}>{t("downloads.heading")}</h2>
      <p className="max-w-3xl">{t("downloads.text")}</p>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {lists.map((list) => (
          <li key={list.path}>
            <Link href={list.path}>{t(`lists.${list.label}`)}</Link>: <code>{list.path}/export.csv</code>,{" "}
            <code>{list.path}/export.json</code>
          </li>
        ))}
      </ul>
      <h2 className={sectionHeading}>{t("feeds.heading")}</h2>
      <ul className="list-disc space-y-1 pl-5">
        <li>
          {t.rich("feeds.projects", { feed: (chunks) => <a href={feed("/projects/feed.xml")}>{chunks}</a> })}
        </li>
        <li>
          {t.rich("feeds.recommendations", {
            feed: (chunks) => <a href={feed("/recommendations/feed.xml")}>{chunks}</a>,
          })}
        </li>
      </ul>
      <h2 className={sectionHeading}>{t("api.heading")}</h2>
      <p className="max-w-3xl">
        {t.rich("api.text", {
          code,
          openapi: (chunks) => <a href="/api/v1/openapi.json">{chunks}</a>,
          maxPerPage: API_MAX_PER_PAGE,
        })}
      </p>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {lists.map((list) => (
          <li key={list.api}>{t.rich("api.endpoints", { code, list: list.api, record: list.record })}</li>
        ))}
      </ul>
      <p className="mt-2 max-w-3xl">{t.rich("api.example", { code, perMinute: API_REQUESTS_PER_MINUTE })}</p>
    </>
  );
}
