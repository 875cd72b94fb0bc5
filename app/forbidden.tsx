import Link from "next/link";
import { PageFrame } from "@/components/layout/page-frame";
import { CurrentSiteHeader } from "@/components/layout/current-site-header";
import { PageHeader } from "@/components/ui/page-header";

// Shown with HTTP 403 when a signed-in member opens an admin page (requireAdmin).
export default function Forbidden() {
  return (
    <PageFrame header={<CurrentSiteHeader />}>
      <PageHeader
        title="You may not open this page"
        lead="This page is for the portal's admins only. Your account is signed in, but it does not have the admin role."
      />
      <p>
        Go to <Link href="/account">your account</Link> or to the <Link href="/">overview</Link>.
      </p>
    </PageFrame>
  );
}
