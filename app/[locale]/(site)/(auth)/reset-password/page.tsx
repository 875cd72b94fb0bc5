import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { checkAccountToken } from "@/lib/auth/account-tokens";
import { first, type SearchParams } from "@/lib/search-params";
import { ResetPasswordForm } from "./_components/reset-password-form";

export const metadata: Metadata = { title: "Choose a new password", robots: { index: false } };

const problems = {
  unknown: "This link is not valid: it may be incomplete.",
  used: "This link was already used.",
  expired: "This link has expired: links last 1 hour.",
};

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const token = first((await searchParams).token) ?? "";
  const check = await checkAccountToken(token, "RESET_PASSWORD");
  return (
    <div className="max-w-md space-y-4">
      <PageHeader title="Choose a new password" />
      {check.ok ? (
        <ResetPasswordForm token={token} />
      ) : (
        <p className="rounded border border-red-300 bg-red-50 p-3 text-red-900">
          {problems[check.problem]} <Link href="/forgot-password">Ask for a new link</Link>.
        </p>
      )}
    </div>
  );
}
