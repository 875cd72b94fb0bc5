import type { Metadata } from "next";
import { entryMetadata } from "@/lib/page-metadata";
import Link from "next/link";
import { notFound } from "next/navigation";
import { OrganisationActivity } from "@/components/organisations/organisation-activity";
import { ExternalLink } from "@/components/projects/external-link";
import { Badge, SampleBadge } from "@/components/ui/badge";
import { Facts } from "@/components/ui/facts";
import { PageHeader } from "@/components/ui/page-header";
import { Paragraphs } from "@/components/ui/paragraphs";
import { organisationKindLabels, verificationLabels } from "@/lib/labels";
import { getOrganisationBySlug } from "@/lib/queries/organisations";

type Props = { params: Promise<{ slug: string }> };

function describe(organisation: {
  kind: keyof typeof organisationKindLabels;
  country: { name: string } | null;
}) {
  return `${organisationKindLabels[organisation.kind]}${organisation.country ? ` in ${organisation.country.name}` : ""}`;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const organisation = await getOrganisationBySlug((await params).slug);
  if (!organisation) return { title: "Organisation not found" };
  return entryMetadata({
    title: organisation.name,
    description: `${describe(organisation)}: the projects it leads and joins, its endorsements and publications.`,
    path: `/organizations/${organisation.slug}`,
    type: "website",
  });
}

export default async function OrganisationPage({ params }: Props) {
  const organisation = await getOrganisationBySlug((await params).slug);
  if (!organisation) notFound();
  const verified = organisation.verificationStatus === "VERIFIED";

  return (
    <article>
      <PageHeader title={organisation.name} lead={describe(organisation)}>
        <p className="mt-2 flex flex-wrap gap-2">
          <Badge tone={verified ? "brand" : "warning"}>
            {verificationLabels[organisation.verificationStatus]}
          </Badge>
          {organisation.isSample ? <SampleBadge /> : null}
        </p>
      </PageHeader>
      {organisation.mergedInto ? (
        <p className="mb-4 rounded border border-gray-300 bg-gray-50 p-3">
          This organisation was merged into{" "}
          <Link href={`/organizations/${organisation.mergedInto.slug}`}>{organisation.mergedInto.name}</Link>.
        </p>
      ) : null}
      {organisation.description ? <Paragraphs text={organisation.description} /> : null}
      <h2 className="mt-8 mb-3 text-xl font-semibold">Details</h2>
      <Facts
        items={[
          ["Kind", organisationKindLabels[organisation.kind]],
          [
            "Country",
            organisation.country ? (
              <Link href={`/countries/${organisation.country.code}`}>{organisation.country.name}</Link>
            ) : (
              "Not given"
            ),
          ],
          ["Website", organisation.website ? <ExternalLink href={organisation.website} /> : null],
          ["Verification", verificationLabels[organisation.verificationStatus]],
        ]}
      />
      <OrganisationActivity organisation={organisation} />
    </article>
  );
}
