import type { Metadata } from "next";
import { PageFrame } from "@/components/layout/page-frame";
import { PageNotFound } from "@/components/layout/page-not-found";
import { SiteHeader } from "@/components/layout/site-header";

export const metadata: Metadata = { title: "Page not found" };

// An address no route matches: outside the layouts that draw the header, so it draws its
// own, with the account area asked for from the browser (it is kept in cached pages too).
export default function NotFound() {
  return (
    <PageFrame header={<SiteHeader />}>
      <PageNotFound />
    </PageFrame>
  );
}
