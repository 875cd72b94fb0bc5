import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { RecommendationForm } from "@/components/recommendations/recommendation-form";
import { PageHeader } from "@/components/ui/page-header";
import { Link } from "@/i18n/navigation";
import { requireUser } from "@/lib/dal";
import { languageOptions } from "@/lib/languages";
import { can } from "@/lib/permissions";
import { explainRefusal } from "@/lib/refusals";
import { getWorkshopBySlug } from "@/lib/queries/workshops";
import { ClientMessages } from "@/components/layout/client-messages";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [workshop, t] = await Promise.all([
    getWorkshopBySlug((await params).slug),
    getTranslations("workshops.newRecommendation"),
  ]);
  return { title: workshop ? t("metaTitle", { workshop: workshop.title }) : t("notFound") };
}

export default async function NewRecommendationPage({ params }: Props) {
  const { slug } = await params;
  const [workshop, t, tRefusal, locale] = await Promise.all([
    getWorkshopBySlug(slug),
    getTranslations("workshops.newRecommendation"),
    getTranslations("permissions"),
    getLocale(),
  ]);
  if (!workshop) notFound();
  const user = await requireUser(`/workshops/${slug}/recommendations/new`);
  const acting = can(user, "actForOrganisation", null);
  const problem = acting.allowed ? null : explainRefusal(tRefusal, acting.reason);

  return (
    <ClientMessages area="contributing">
      <div className="max-w-3xl">
        <PageHeader
          title={t("title")}
          lead={t.rich(user.organisation ? "leadForOrganisation" : "lead", {
            workshop: (chunks) => <Link href={`/workshops/${workshop.slug}`}>{chunks}</Link>,
            title: workshop.title,
            organisation: user.organisation?.name ?? "",
          })}
        />
        {problem ? (
          <p className="text-red-800">{problem}</p>
        ) : (
          <RecommendationForm
            workshopId={workshop.id}
            languages={languageOptions(locale)}
            defaultLanguage={locale}
          />
        )}
      </div>
    </ClientMessages>
  );
}
