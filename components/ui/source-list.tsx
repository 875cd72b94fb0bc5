import { useTranslations } from "next-intl";
import { ExternalLink } from "@/components/projects/external-link";

// Where a shown fact is written, as its data names it: an address or a publication.
export function SourceList({ sources, label }: { sources: string[]; label?: string }) {
  const t = useTranslations("ui");
  if (!sources.length) return null;
  return (
    <div className="mt-1 text-sm text-gray-800">
      <span className="font-medium">{t("labelled", { label: label ?? t("sources") })}</span>
      <ul className="ml-5 list-disc">
        {sources.map((source) => (
          <li key={source}>{/^https?:\/\//i.test(source) ? <ExternalLink href={source} /> : source}</li>
        ))}
      </ul>
    </div>
  );
}
