import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { ActionForm } from "@/components/forms/action-form";
import { TextField } from "@/components/forms/fields";
import { PageHeader } from "@/components/ui/page-header";
import { getPathname, Link } from "@/i18n/navigation";
import { signIn } from "@/lib/actions/auth";
import { safeReturnPath } from "@/lib/return-path";
import { getCurrentUser } from "@/lib/dal";
import { single, type SearchParams } from "@/lib/search-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("accounts.signIn");
  return { title: t("title") };
}

// next-auth's own sign-in (/api/auth) sends its failures here as ?error=<code>.
const nextAuthErrors = ["CredentialsSignin", "SessionRequired"] as const;

export default async function LoginPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const query = await searchParams;
  // Without a page to come back to, the account page in the reader's language.
  const account = getPathname({ href: "/account", locale: await getLocale() });
  const callbackUrl = safeReturnPath(single(query.callbackUrl), account);
  // Next's own redirect: the return path already holds its language.
  if (await getCurrentUser()) redirect(callbackUrl);
  const [t, tFields] = await Promise.all([
    getTranslations("accounts.signIn"),
    getTranslations("accounts.fields"),
  ]);
  const notice =
    single(query.confirmed) === "1"
      ? t("confirmed")
      : single(query.signedOut) === "everywhere"
        ? t("signedOutEverywhere")
        : null;
  const errorCode = single(query.error);
  const error = errorCode
    ? t(`errors.${nextAuthErrors.find((code) => code === errorCode) ?? "Default"}`)
    : null;
  return (
    <div className="max-w-md">
      <PageHeader title={t("title")} lead={t("lead")} />
      {notice ? (
        <p role="status" className="mb-4 rounded border border-green-300 bg-green-50 p-3 text-green-900">
          {notice}
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="mb-4 rounded border border-red-300 bg-red-50 p-3 text-red-900">
          {error}
        </p>
      ) : null}
      <ActionForm
        action={signIn}
        hidden={{ callbackUrl }}
        submit={{ label: t("submit"), pendingLabel: t("pending") }}
        className="flex flex-col gap-4"
      >
        <TextField name="email" label={tFields("email")} type="email" autoComplete="email" required />
        <TextField
          name="password"
          label={tFields("password")}
          type="password"
          autoComplete="current-password"
          required
        />
      </ActionForm>
      <p className="mt-4">
        <Link href="/forgot-password">{t("forgot")}</Link>
      </p>
      <p className="mt-6">{t.rich("noAccount", { link: (text) => <Link href="/register">{text}</Link> })}</p>
    </div>
  );
}
