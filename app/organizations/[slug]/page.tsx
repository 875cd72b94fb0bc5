import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge, SampleBadge } from "@/components/ui/badge";
import { Facts } from "@/components/ui/facts";
import { LinkList } from "@/components/ui/link-list";
import { PageHeader } from "@/components/ui/page-header";
import { plural } from "@/lib/format";
import { organisationKindLabels, verificationLabels } from "@/lib/labels";
import { getOrganisationBySlug } from "@/lib/queries/organisations";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const organisation = await getOrganisationBySlug((await params).slug);
  if (!organisation) return { title: "Organisation not found" };
  return {
    title: organisation.name,
    description: `${organisationKindLabels[organisation.kind]}${organisation.country ? ` in ${organisation.country.name}` : ""}: projects, endorsements and publications.`,
  };
}

export default async function OrganisationPage({ params }: Props) {
  const organisation = await getOrganisationBySlug((await params).slug);
  if (!organisation) notFound();
  const endorsed = organisation.endorsements.flatMap(({ id, project, recommendation }) =>
    project?.visibility === "PUBLISHED"
      ? [{ key: id, href: `/projects/${project.slug}`, label: `Project: ${project.title}` }]
      : recommendation?.visibility === "PUBLISHED"
        ? [
            {
              key: id,
              href: `/recommendations/${recommendation.id}`,
              label: `Recommendation: ${recommendation.title}`,
            },
          ]
        : [],
  );

  return (
    <article>
      <PageHeader title={organisation.name} lead={organisation.description}>
        <p className="mt-2 flex flex-wrap gap-2">
          <Badge tone={organisation.verificationStatus === "VERIFIED" ? "brand" : "warning"}>
            {verificationLabels[organisation.verificationStatus]}
          </Badge>
          {organisation.isSample ? <SampleBadge /> : null}
        </p>
      </PageHeader>
      {organisation.mergedInto ? (
        <p className="mb-4">
          This organisation was merged into{" "}
          <Link href={`/organizations/${organisation.mergedInto.slug}`}>{organisation.mergedInto.name}</Link>.
        </p>
      ) : null}
      <Facts
        items={[
          ["Kind", organisationKindLabels[organisation.kind]],
          [
            "Country",
            organisation.country ? (
              <Link href={`/countries/${organisation.country.code}`}>{organisation.country.name}</Link>
            ) : null,
          ],
          [
            "Website",
            organisation.website ? <a href={organisation.website}>{organisation.website}</a> : null,
          ],
          ["Endorsements given", plural(organisation._count.endorsements, "endorsement")],
        ]}
      />
      <LinkList
        title={`Projects led (${organisation._count.leadProjects})`}
        empty="No projects led yet."
        items={organisation.ledProjects.map((p) => ({
          key: p.slug,
          href: `/projects/${p.slug}`,
          label: p.title,
          sample: p.isSample,
        }))}
        more={
          organisation._count.leadProjects > organisation.ledProjects.length
            ? { href: `/projects?organisation=${organisation.slug}`, label: "All projects it leads" }
            : undefined
        }
      />
      <LinkList
        title="Partner in"
        empty="Not a partner in any project yet."
        items={organisation.partnerProjects.map((p) => ({
          key: p.slug,
          href: `/projects/${p.slug}`,
          label: p.title,
          sample: p.isSample,
        }))}
      />
      <LinkList title="Latest endorsements" empty="No endorsements yet." items={endorsed} />
      <LinkList
        title="Workshops organised"
        empty="None."
        items={organisation.workshopsOrganised.map(({ workshop }) => ({
          key: workshop.slug,
          href: `/workshops/${workshop.slug}`,
          label: workshop.title,
        }))}
      />
      <LinkList
        title="Named in publications"
        empty="None."
        items={organisation.publications.map(({ role, publication }) => ({
          key: publication.slug,
          href: "/about#sources",
          label: `${publication.title} (${role})`,
        }))}
      />
    </article>
  );
}
