type Version = { language: string; title: string; summary: string };
type Translatable = Version & { translations: Version[] };

// The title and summary to show a reader: the organisation's own version in the
// reader's language when it gave one, else the original.
export function projectVersion(project: Translatable, locale: string) {
  const translation = project.translations.find((version) => version.language === locale);
  const shown = translation ?? project;
  const original = { language: project.language, title: project.title, summary: project.summary };
  const others = [original, ...project.translations].filter((version) => version.language !== shown.language);
  return { shown: { language: shown.language, title: shown.title, summary: shown.summary }, others };
}
