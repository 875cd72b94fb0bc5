import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { getPathname } from "@/i18n/navigation";

type ListNamespace = "cities" | "organisations" | "partnerships" | "projects" | "recommendations";

// A list page's title and description in the viewer's language, and its Atom feed where it has one.
export async function listMetadata(list: ListNamespace, feed?: string): Promise<Metadata> {
  const [t, locale] = await Promise.all([getTranslations(`lists.${list}`), getLocale()]);
  return {
    title: t("title"),
    description: t("description"),
    ...(feed && {
      alternates: {
        types: {
          "application/atom+xml": [{ url: getPathname({ href: feed, locale }), title: t("feedTitle") }],
        },
      },
    }),
  };
}
