import { useTranslations } from "next-intl";
import { Section } from "@/components/ui/section";
import { languageName } from "@/lib/languages";

type Version = { language: string; title: string; summary: string };

const anchor = (language: string) => `in-${language}`;

// "Also in: French, Korean": links to the other versions further down the page.
export function AlsoIn({ others, locale }: { others: Version[]; locale: string }) {
  const t = useTranslations("projects.versions");
  if (!others.length) return null;
  return (
    <p className="mt-2 text-sm text-gray-700">
      {t("alsoIn")}{" "}
      {others.map((version, index) => (
        <span key={version.language}>
          {index ? ", " : null}
          <a href={`#${anchor(version.language)}`}>{languageName(version.language, locale)}</a>
        </span>
      ))}
    </p>
  );
}

export function OtherVersions({ others, locale }: { others: Version[]; locale: string }) {
  const t = useTranslations("projects.versions");
  if (!others.length) return null;
  return (
    <Section id="versions-heading" title={t("heading")} className="mt-8">
      <dl className="space-y-4">
        {others.map((version) => (
          <div key={version.language} id={anchor(version.language)}>
            <dt className="text-sm font-medium text-gray-700">{languageName(version.language, locale)}</dt>
            <dd lang={version.language}>
              <p className="font-semibold">{version.title}</p>
              <p>{version.summary}</p>
            </dd>
          </div>
        ))}
      </dl>
    </Section>
  );
}
