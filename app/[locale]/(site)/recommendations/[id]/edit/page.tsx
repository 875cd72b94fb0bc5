import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { RecommendationForm } from "@/components/recommendations/recommendation-form";
import { EditRefused } from "@/components/entries/edit-refused";
import { PageHeader } from "@/components/ui/page-header";
import { Link } from "@/i18n/navigation";
import { requireUser } from "@/lib/dal";
import { languageOptions } from "@/lib/languages";
import { can } from "@/lib/permissions";
import { getRecommendationForEdit } from "@/lib/queries/recommendations";
import { ClientMessages } from "@/components/layout/client-messages";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("recommendations.edit");
  return { title: t("metaTitle") };
}

export default async function EditRecommendationPage({ params }: Props) {
  const { id } = await params;
  const user = await requireUser(`/recommendations/${id}/edit`);
  const recommendation = await getRecommendationForEdit(id);
  if (!recommendation) notFound();
  const permission = can(user, "editRecommendation", recommendation);
  if (!permission.allowed) return <EditRefused reason={permission.reason} href={`/recommendations/${id}`} />;
  const [t, locale] = await Promise.all([getTranslations("recommendations.edit"), getLocale()]);

  return (
    <ClientMessages area="contributing">
      <div className="max-w-3xl">
        <PageHeader
          title={t("title")}
          lead={t.rich("lead", {
            entry: (chunks) => <Link href={`/recommendations/${recommendation.id}`}>{chunks}</Link>,
            workshop: (chunks) => <Link href={`/workshops/${recommendation.workshop.slug}`}>{chunks}</Link>,
            title: recommendation.title,
            workshopTitle: recommendation.workshop.title,
          })}
        />
        <RecommendationForm
          languages={languageOptions(locale)}
          saved={{
            id: recommendation.id,
            language: recommendation.language,
            title: recommendation.title,
            text: recommendation.text,
            audiences: recommendation.audiences,
          }}
        />
      </div>
    </ClientMessages>
  );
}
