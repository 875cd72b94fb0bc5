import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

// The badge utilities in globals.css: a list page shows dozens of badges, and one
// short class keeps its HTML and RSC payload small.
const tones = {
  neutral: "badge badge-neutral",
  brand: "badge badge-brand",
  sample: "badge badge-sample",
  warning: "badge badge-warning",
} as const;

export function Badge({ tone = "neutral", children }: { tone?: keyof typeof tones; children: ReactNode }) {
  return <span className={tones[tone]}>{children}</span>;
}

// Demo content that is not real must say so wherever it is shown (the footer explains the badge).
export function SampleBadge() {
  const t = useTranslations("ui.badges");
  return <Badge tone="sample">{t("sample")}</Badge>;
}

// Entries taken from public sources, not submitted by a member: their page lists the sources.
export function PublicSourcesBadge() {
  const t = useTranslations("ui.badges");
  return <Badge tone="neutral">{t("publicSources")}</Badge>;
}

// Entries by members of an organisation an admin has not verified yet say so.
export function UnverifiedBadge({ status }: { status: "VERIFIED" | "UNVERIFIED" | "REJECTED" }) {
  const t = useTranslations("ui.badges");
  if (status === "VERIFIED") return null;
  return <Badge tone="warning">{status === "REJECTED" ? t("rejected") : t("unverified")}</Badge>;
}
