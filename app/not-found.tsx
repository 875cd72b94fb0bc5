import type { Metadata } from "next";
import { PageFrame } from "@/components/layout/page-frame";
import { PageNotFound } from "@/components/layout/page-not-found";
import { CurrentSiteHeader } from "@/components/layout/current-site-header";

export const metadata: Metadata = { title: "Page not found" };

// An address no route matches: outside the layouts that draw the header, so it draws its own.
export default function NotFound() {
  return (
    <PageFrame header={<CurrentSiteHeader />}>
      <PageNotFound />
    </PageFrame>
  );
}
