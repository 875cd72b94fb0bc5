import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { safeReturnPath } from "@/lib/return-path";
import { getCurrentUser } from "@/lib/dal";
import { first, type SearchParams } from "@/lib/search-params";
import { SignInForm } from "./_components/sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

const notices = {
  confirmed: "Your e-mail address is confirmed. Sign in to continue.",
  everywhere: "Your account is signed out everywhere: on this device and on every other.",
};

export default async function LoginPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const query = await searchParams;
  const callbackUrl = safeReturnPath(first(query.callbackUrl), "/account");
  if (await getCurrentUser()) redirect(callbackUrl);
  const notice =
    first(query.confirmed) === "1"
      ? notices.confirmed
      : first(query.signedOut) === "everywhere"
        ? notices.everywhere
        : null;
  return (
    <div className="max-w-md">
      <PageHeader
        title="Sign in"
        lead="Members of NGOs, ministries and cultural organisations sign in to submit and endorse entries."
      />
      {notice ? (
        <p role="status" className="mb-4 rounded border border-green-300 bg-green-50 p-3 text-green-900">
          {notice}
        </p>
      ) : null}
      <SignInForm callbackUrl={callbackUrl} />
      <p className="mt-4">
        <Link href="/forgot-password">Forgot your password?</Link>
      </p>
      <p className="mt-6">
        No account yet? <Link href="/register">Register your organisation’s account</Link>.
      </p>
    </div>
  );
}
