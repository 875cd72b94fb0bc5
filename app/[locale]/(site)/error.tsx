"use client";

import { useTranslations } from "next-intl";
import { PageHeader } from "@/components/ui/page-header";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors.error");
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <button type="button" onClick={reset} className="bg-brand-700 rounded px-4 py-2 font-medium text-white">
        {t("retry")}
      </button>
    </>
  );
}
