import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Check your mailbox" };

// What registration answers, whether or not the address already had an account.
export default function CheckEmailPage() {
  return (
    <div className="max-w-2xl space-y-4">
      <PageHeader title="Check your mailbox" />
      <p role="status">
        We have sent a message to the address you gave. Open the link in it to confirm your address: it works
        once, for 24 hours.
      </p>
      <p>
        Then <Link href="/login">sign in</Link>. If you asked to join a listed organisation, its managers are
        told once your address is confirmed, and you can act for it as soon as one of them approves you.
      </p>
      <p>
        Nothing came? Look in the spam folder. You can sign in and send yourself a new link from your account
        page; if you already had an account, <Link href="/forgot-password">choose a new password</Link>.
      </p>
    </div>
  );
}
