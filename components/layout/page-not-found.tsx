import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";

// What a 404 says, inside whichever header the page around it has.
export function PageNotFound() {
  return (
    <>
      <PageHeader
        title="Page not found"
        lead="There is no page at this address. It may have been moved, or the link may be mistyped."
      />
      <p>
        <Link href="/">Go to the overview</Link> or browse <Link href="/projects">projects</Link>.
      </p>
    </>
  );
}
