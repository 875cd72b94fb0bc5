import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "You may not open this page" };

// Shown with HTTP 403 when a signed-in member opens an admin page (requireAdmin). Next
// draws it inside the layout of the page that refused (app/(site)/layout.tsx), which
// already has the header and the <main>.
export default function Forbidden() {
  return (
    <>
      <PageHeader
        title="You may not open this page"
        lead="This page is for the portal's admins only. Your account is signed in, but it does not have the admin role."
      />
      <p>
        Go to <Link href="/account">your account</Link> or to the <Link href="/">overview</Link>.
      </p>
    </>
  );
}
