import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";

// Next draws this 404 in the browser from the page's own payload, so the page names its title.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("errors.notFound");
  return { title: t("title") };
}

// An address no page has, in a language: the not-found page in that language, with the header.
export default function UnknownPage() {
  notFound();
}
