import { useTranslations } from "next-intl";
import { Section } from "@/components/ui/section";
import { SourceList } from "@/components/ui/source-list";
import { Link } from "@/i18n/navigation";

type Dataset = { file: string; title: string; sources: string[] };

// The lists every title rests on (each dataset names them first), and where the rest are.
const COVERING_SOURCES = 3;

export function DesignationSources({ datasets }: { datasets: Dataset[] }) {
  const t = useTranslations("places.designations");
  return (
    <Section id="designation-sources" title={t("sources")} headingGap="none" className="mt-8">
      {datasets.map((dataset) => (
        <SourceList
          key={dataset.file}
          label={dataset.title}
          sources={dataset.sources.slice(0, COVERING_SOURCES)}
        />
      ))}
      <p className="mt-2 text-sm">
        {t.rich("everySource", { link: (chunks) => <Link href="/about#datasets">{chunks}</Link> })}
      </p>
    </Section>
  );
}
