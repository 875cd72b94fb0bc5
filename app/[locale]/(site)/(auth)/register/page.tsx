import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { Link, redirect } from "@/i18n/navigation";
import { getCurrentUser } from "@/lib/dal";
import { listOrganisationOptions, listStateOptions } from "@/lib/queries/form-options";
import { findJoinableOrganisationId } from "@/lib/queries/memberships";
import { single, type SearchParams } from "@/lib/search-params";
import { RegisterForm } from "./_components/register-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("accounts.register");
  return { title: t("title"), description: t("description") };
}

export default async function RegisterPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  if (await getCurrentUser()) redirect({ href: "/account", locale: await getLocale() });
  const [organisations, countries, chosenOrganisationId, t] = await Promise.all([
    listOrganisationOptions(),
    listStateOptions(),
    findJoinableOrganisationId(single((await searchParams).organisation)),
    getTranslations("accounts.register"),
  ]);
  return (
    <div className="max-w-2xl">
      <PageHeader title={t("title")} lead={t("lead")} />
      <p className="mb-6">{t("steps")}</p>
      <RegisterForm
        organisations={organisations}
        countries={countries}
        chosenOrganisationId={chosenOrganisationId}
      />
      <p className="mt-6">
        {t.rich("alreadyRegistered", { link: (text) => <Link href="/login">{text}</Link> })}
      </p>
    </div>
  );
}
