import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

type ListNamespace = "cities" | "organisations" | "partnerships" | "projects" | "recommendations";

// A list page's title and description in the viewer's language, and its Atom feed where it has one.
export async function listMetadata(list: ListNamespace, feed?: string): Promise<Metadata> {
  const t = await getTranslations(`lists.${list}`);
  return {
    title: t("title"),
    description: t("description"),
    ...(feed && {
      alternates: { types: { "application/atom+xml": [{ url: feed, title: t("feedTitle") }] } },
    }),
  };
}
