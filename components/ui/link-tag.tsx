import type { ReactNode } from "react";
import { Link } from "@/i18n/navigation";

// A link inside a translated sentence: t.rich("intro", { about: linkTag("/about") }) for "<about>…</about>".
export function linkTag(href: string) {
  return function LinkTag(chunks: ReactNode) {
    return <Link href={href}>{chunks}</Link>;
  };
}
