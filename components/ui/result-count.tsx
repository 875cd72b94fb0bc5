import { useTranslations } from "next-intl";

// The things a list counts; each has its plural forms in messages/<locale>/ui.json.
export type CountedNoun =
  | "project"
  | "recommendation"
  | "organisation"
  | "partnership"
  | "designation"
  | "pairing"
  | "account"
  | "loggedAction";

// "12 projects match": announced politely so screen readers hear a filter's effect.
export function ResultCount({ total, noun }: { total: number; noun: CountedNoun }) {
  const t = useTranslations("ui.resultCount");
  return (
    <p role="status" className="mb-2 font-medium">
      {t(noun, { count: total })}
    </p>
  );
}
