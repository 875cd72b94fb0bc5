import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { Link } from "@/i18n/navigation";
import { requireUser } from "@/lib/dal";
import { languageOptions } from "@/lib/languages";
import { can } from "@/lib/permissions";
import { explainRefusal } from "@/lib/refusals";
import { listProjectFormOptions } from "@/lib/queries/form-options";
import { ProjectForm } from "../_components/project-form";
import { ClientMessages } from "@/components/layout/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("projects.new");
  return { title: t("metaTitle"), description: t("metaDescription") };
}

export default async function NewProjectPage() {
  const user = await requireUser("/projects/new");
  const [locale, t, tRefusal] = await Promise.all([
    getLocale(),
    getTranslations("projects.new"),
    getTranslations("permissions"),
  ]);
  const acting = can(user, "actForOrganisation", null);
  const problem = acting.allowed ? null : explainRefusal(tRefusal, acting.reason);
  const organisation = user.organisation;
  if (problem || !organisation) {
    return (
      <div className="max-w-3xl">
        <PageHeader title={t("title")} />
        <p className="rounded border border-red-300 bg-red-50 p-3 text-red-900">{problem}</p>
        <p className="mt-4">
          <Link href="/account">{t("goToAccount")}</Link>
        </p>
      </div>
    );
  }
  const options = await listProjectFormOptions(organisation.id, locale);
  return (
    <ClientMessages area="contributing">
      <div className="max-w-3xl">
        <PageHeader title={t("title")} lead={t("lead", { organisation: organisation.name })} />
        {organisation.verificationStatus === "UNVERIFIED" ? (
          <p className="mb-6 rounded border border-amber-300 bg-amber-50 p-3 text-amber-900">
            {t("unverified", { organisation: organisation.name })}
          </p>
        ) : null}
        <ProjectForm options={{ ...options, languages: languageOptions(locale) }} defaultLanguage={locale} />
      </div>
    </ClientMessages>
  );
}
