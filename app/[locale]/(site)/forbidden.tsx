import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageForbidden } from "@/components/layout/page-problem";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("errors.forbidden");
  return { title: t("title") };
}

// Next draws it inside the layout of the page that refused (app/[locale]/(site)/layout.tsx),
// which already has the header and the <main>.
export default PageForbidden;
