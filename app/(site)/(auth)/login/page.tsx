import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { safeReturnPath } from "@/lib/actions/action";
import { getCurrentUser } from "@/lib/dal";
import { first, type SearchParams } from "@/lib/search-params";
import { SignInForm } from "./_components/sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const callbackUrl = safeReturnPath(first((await searchParams).callbackUrl), "/account");
  if (await getCurrentUser()) redirect(callbackUrl);
  return (
    <div className="max-w-md">
      <PageHeader
        title="Sign in"
        lead="Members of NGOs, ministries and cultural organisations sign in to submit and endorse entries."
      />
      <SignInForm callbackUrl={callbackUrl} />
      <p className="mt-6">
        No account yet? <Link href="/register">Register your organisation’s account</Link>.
      </p>
    </div>
  );
}
