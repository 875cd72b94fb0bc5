import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { getCurrentUser } from "@/lib/dal";
import { listOrganisationOptions, listStateOptions } from "@/lib/queries/form-options";
import { findJoinableOrganisationId } from "@/lib/queries/memberships";
import { first, type SearchParams } from "@/lib/search-params";
import { RegisterForm } from "./_components/register-form";

export const metadata: Metadata = {
  title: "Register",
  description: "Create an account to submit and endorse projects and recommendations for your organisation.",
};

export default async function RegisterPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  if (await getCurrentUser()) redirect("/account");
  const [organisations, countries, chosenOrganisationId] = await Promise.all([
    listOrganisationOptions(),
    listStateOptions(),
    findJoinableOrganisationId(first((await searchParams).organisation)),
  ]);
  return (
    <div className="max-w-2xl">
      <PageHeader
        title="Register"
        lead="Staff of NGOs, associations, ministries and cultural institutions in ASEM partner countries register to submit cooperation projects and workshop recommendations and to endorse them on behalf of their organisation."
      />
      <p className="mb-6">
        After registering you confirm your e-mail address, and one of your organisation’s managers approves
        you; whoever registers a new organisation manages it.
      </p>
      <RegisterForm
        organisations={organisations}
        countries={countries}
        chosenOrganisationId={chosenOrganisationId}
      />
      <p className="mt-6">
        Already registered? <Link href="/login">Sign in</Link>.
      </p>
    </div>
  );
}
