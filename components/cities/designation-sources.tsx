import Link from "next/link";
import { SourceList } from "@/components/ui/source-list";

type Dataset = { file: string; title: string; sources: string[] };

// The lists every title rests on (each dataset names them first), and where the rest are.
const COVERING_SOURCES = 3;

export function DesignationSources({ datasets }: { datasets: Dataset[] }) {
  return (
    <section aria-labelledby="designation-sources" className="mt-8">
      <h2 id="designation-sources" className="text-xl font-semibold">
        Sources
      </h2>
      {datasets.map((dataset) => (
        <SourceList
          key={dataset.file}
          label={dataset.title}
          sources={dataset.sources.slice(0, COVERING_SOURCES)}
        />
      ))}
      <p className="mt-2 text-sm">
        <Link href="/about#datasets">Every source of these lists</Link>, with the news and city pages that
        confirm single titles.
      </p>
    </section>
  );
}
