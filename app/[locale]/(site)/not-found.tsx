import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageNotFound } from "@/components/layout/page-problem";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("errors.notFound");
  return { title: t("title") };
}

// An entry or address that does not exist, in the page's language, inside the header around it.
export default PageNotFound;
