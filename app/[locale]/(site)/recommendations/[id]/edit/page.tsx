import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RecommendationForm } from "@/components/recommendations/recommendation-form";
import { EditRefused } from "@/components/entries/edit-refused";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/dal";
import { recommendationEditRefusal } from "@/lib/queries/edit-refusals";
import { getRecommendationForEdit, recommendationEditProblem } from "@/lib/queries/recommendations";

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "Edit a recommendation" };

export default async function EditRecommendationPage({ params }: Props) {
  const { id } = await params;
  const user = await requireUser(`/recommendations/${id}/edit`);
  const recommendation = await getRecommendationForEdit(id, user);
  if (!recommendation) {
    // Another organisation's recommendation: say why it cannot be edited.
    const reason = await recommendationEditRefusal(id, user);
    if (!reason) notFound();
    return <EditRefused reason={reason} href={`/recommendations/${id}`} />;
  }
  const problem = recommendationEditProblem(user, recommendation);

  return (
    <div className="max-w-3xl">
      <PageHeader
        title="Edit the recommendation"
        lead={
          <>
            <Link href={`/recommendations/${recommendation.id}`}>{recommendation.title}</Link>, submitted to{" "}
            <Link href={`/workshops/${recommendation.workshop.slug}`}>{recommendation.workshop.title}</Link>.
            Changing its title or text marks earlier endorsements as given to an earlier version.
          </>
        }
      />
      {problem ? (
        <p className="text-red-800">{problem}</p>
      ) : (
        <RecommendationForm
          saved={{
            id: recommendation.id,
            title: recommendation.title,
            text: recommendation.text,
            audiences: recommendation.audiences,
          }}
        />
      )}
    </div>
  );
}
