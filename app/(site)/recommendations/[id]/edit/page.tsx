import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RecommendationForm } from "@/components/recommendations/recommendation-form";
import { EditRefused } from "@/components/entries/edit-refused";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/dal";
import { can } from "@/lib/permissions";
import { getRecommendationForEdit } from "@/lib/queries/recommendations";

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "Edit a recommendation" };

export default async function EditRecommendationPage({ params }: Props) {
  const { id } = await params;
  const user = await requireUser(`/recommendations/${id}/edit`);
  const recommendation = await getRecommendationForEdit(id);
  if (!recommendation) notFound();
  const permission = can(user, "editRecommendation", recommendation);
  if (!permission.allowed) return <EditRefused reason={permission.reason} href={`/recommendations/${id}`} />;

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
      <RecommendationForm
        saved={{
          id: recommendation.id,
          title: recommendation.title,
          text: recommendation.text,
          audiences: recommendation.audiences,
        }}
      />
    </div>
  );
}
