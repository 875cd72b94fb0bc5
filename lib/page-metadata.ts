import type { Metadata } from "next";

const SITE_NAME = "ASEM Culture Portal";

// An entry's title and description, also as its Open Graph and Twitter card (no image:
// the "summary" card), and its canonical address.
export function entryMetadata({
  title,
  description,
  path,
  type = "article",
}: {
  title: string;
  description: string;
  path: string;
  type?: "article" | "website";
}): Metadata {
  return {
    title,
    description,
    alternates: { canonical: path },
    openGraph: { title, description, url: path, siteName: SITE_NAME, type, locale: "en_GB" },
    twitter: { card: "summary", title, description },
  };
}
