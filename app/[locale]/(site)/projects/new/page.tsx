import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/dal";
import { can } from "@/lib/permissions";
import { listProjectFormOptions } from "@/lib/queries/form-options";
import { ProjectForm } from "../_components/project-form";

export const metadata: Metadata = {
  title: "Submit a project",
  description: "Submit an Asia–Europe cultural cooperation project led by your organisation.",
};

export default async function NewProjectPage() {
  const user = await requireUser("/projects/new");
  const acting = can(user, "actForOrganisation", null);
  const problem = acting.allowed ? null : acting.reason;
  const organisation = user.organisation;
  if (problem || !organisation) {
    return (
      <div className="max-w-3xl">
        <PageHeader title="Submit a cooperation project" />
        <p className="rounded border border-red-300 bg-red-50 p-3 text-red-900">{problem}</p>
        <p className="mt-4">
          <Link href="/account">Go to your account</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="max-w-3xl">
      <PageHeader
        title="Submit a cooperation project"
        lead={`You submit it for ${organisation.name}, which becomes its lead organisation. Only your organisation's members and the portal's admins can edit it later.`}
      />
      {organisation.verificationStatus === "UNVERIFIED" ? (
        <p className="mb-6 rounded border border-amber-300 bg-amber-50 p-3 text-amber-900">
          An admin has not verified {organisation.name} yet: the project will show “organisation not yet
          verified” until then.
        </p>
      ) : null}
      <ProjectForm options={await listProjectFormOptions(organisation.id)} />
    </div>
  );
}
