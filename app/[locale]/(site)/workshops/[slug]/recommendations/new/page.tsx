import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RecommendationForm } from "@/components/recommendations/recommendation-form";
import { PageHeader } from "@/components/ui/page-header";
import { organisationProblem, requireUser } from "@/lib/dal";
import { getWorkshopBySlug } from "@/lib/queries/workshops";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const workshop = await getWorkshopBySlug((await params).slug);
  return { title: workshop ? `Submit a recommendation to ${workshop.title}` : "Workshop not found" };
}

export default async function NewRecommendationPage({ params }: Props) {
  const { slug } = await params;
  const workshop = await getWorkshopBySlug(slug);
  if (!workshop) notFound();
  const user = await requireUser(`/workshops/${slug}/recommendations/new`);
  const problem = organisationProblem(user);

  return (
    <div className="max-w-3xl">
      <PageHeader
        title="Submit a recommendation"
        lead={
          <>
            To the workshop <Link href={`/workshops/${workshop.slug}`}>{workshop.title}</Link>
            {user.organisation ? `, on behalf of ${user.organisation.name}` : ""}. It starts as submitted and
            appears in the workshop&apos;s list and on the recommendations page at once.
          </>
        }
      />
      {problem ? <p className="text-red-800">{problem}</p> : <RecommendationForm workshopId={workshop.id} />}
    </div>
  );
}
