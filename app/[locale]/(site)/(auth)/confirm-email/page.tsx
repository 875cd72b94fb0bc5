import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { checkAccountToken } from "@/lib/auth/account-tokens";
import { first, type SearchParams } from "@/lib/search-params";
import { ConfirmEmailForm } from "./_components/confirm-email-form";

export const metadata: Metadata = { title: "Confirm your e-mail address", robots: { index: false } };

const problems = {
  unknown:
    "This confirmation link is not valid: it may be incomplete. Sign in and send yourself a new one from your account page.",
  used: "This confirmation link was already used: your address is confirmed.",
  expired:
    "This confirmation link has expired (links last 24 hours). Sign in and send yourself a new one from your account page.",
};

// Opening the link shows a button; only posting it confirms, so a mail scanner that
// follows links cannot use it up.
export default async function ConfirmEmailPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const token = first((await searchParams).token) ?? "";
  const check = await checkAccountToken(token, "CONFIRM_EMAIL");
  return (
    <div className="max-w-md space-y-4">
      <PageHeader title="Confirm your e-mail address" />
      {check.ok ? (
        <ConfirmEmailForm token={token} />
      ) : (
        <>
          <p className="rounded border border-red-300 bg-red-50 p-3 text-red-900">
            {problems[check.problem]}
          </p>
          <p>
            <Link href="/login?callbackUrl=%2Faccount">Sign in</Link>
          </p>
        </>
      )}
    </div>
  );
}
