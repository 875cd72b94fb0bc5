import { useTranslations } from "next-intl";
import { PageHeader } from "./page-header";

// Shown at the address of an entry that moderation hid: the reason, never the content.
export function HiddenEntry({ kind, reason }: { kind: "project" | "recommendation"; reason: string | null }) {
  const t = useTranslations("ui.hiddenEntry");
  return (
    <PageHeader
      title={t("title", { kind })}
      lead={reason ? t("leadWithReason", { kind, reason }) : t("lead", { kind })}
    />
  );
}
