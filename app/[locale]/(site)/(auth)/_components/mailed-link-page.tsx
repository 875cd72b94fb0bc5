import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ActionForm, type FormAction } from "@/components/forms/action-form";
import { PageHeader } from "@/components/ui/page-header";
import { checkAccountToken } from "@/lib/auth/account-tokens";
import type { AccountTokenPurpose } from "@/lib/generated/prisma/enums";
import { single, type SearchParams } from "@/lib/search-params";

// The pages a mailed link opens (?token=), by their messages (accounts.<messages>).
type MailedLinkMessages = "confirmEmail" | "resetPassword";

export async function mailedLinkMetadata(messages: MailedLinkMessages): Promise<Metadata> {
  const t = await getTranslations(`accounts.${messages}`);
  return { title: t("title"), robots: { index: false } };
}

// The link's form while the link holds; else why it does not, and where to go from there.
export async function MailedLinkPage({
  searchParams,
  purpose,
  messages,
  action,
  next,
  children,
}: {
  searchParams: Promise<SearchParams>;
  purpose: AccountTokenPurpose;
  messages: MailedLinkMessages;
  action: FormAction;
  next: ReactNode;
  children: ReactNode;
}) {
  const token = single((await searchParams).token) ?? "";
  const [check, t] = await Promise.all([
    checkAccountToken(token, purpose),
    getTranslations(`accounts.${messages}`),
  ]);
  return (
    <div className="max-w-md space-y-4">
      <PageHeader title={t("title")} />
      {check.ok ? (
        <ActionForm
          action={action}
          hidden={{ token }}
          submit={{ label: t("submit"), pendingLabel: t("pending") }}
          className="flex flex-col gap-4"
        >
          {children}
        </ActionForm>
      ) : (
        <>
          <p className="rounded border border-red-300 bg-red-50 p-3 text-red-900">
            {t(`linkProblems.${check.problem}`)}
          </p>
          <p>{next}</p>
        </>
      )}
    </div>
  );
}
