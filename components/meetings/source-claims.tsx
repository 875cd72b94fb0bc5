import { useTranslations } from "next-intl";
import { Section } from "@/components/ui/section";

type Claim = { id: string; topic: string; statement: string; source: string };

// The seed's topics ("dates and place") as message keys ("datesAndPlace").
const topicKey = (topic: string) => topic.replace(/\s+(\w)/g, (_, letter: string) => letter.toUpperCase());

// Facts as sources state them: where several state one differently, each claim with its
// source, none chosen over the others.
export function SourceClaims({ claims, id = "claims" }: { claims: Claim[]; id?: string }) {
  const t = useTranslations("meetings.claims");
  if (!claims.length) return null;
  const topics = [...new Set(claims.map((claim) => claim.topic))];
  // A topic the messages do not know is shown as the data names it.
  const heading = (topic: string, count: number) => {
    const key = topicKey(topic);
    if (count > 1)
      return t("disputed", {
        topic: t.has(`disputedTopics.${key}`) ? t(`disputedTopics.${key}`) : topic,
        count,
      });
    return t.has(`topics.${key}`) ? t(`topics.${key}`) : topic[0].toUpperCase() + topic.slice(1);
  };
  return (
    <Section id={id} title={t("heading")} className="mt-8" headingGap="small">
      {topics.map((topic) => {
        const stated = claims.filter((claim) => claim.topic === topic);
        return (
          <div key={topic} className="mt-3">
            <h3 className="font-semibold">{heading(topic, stated.length)}</h3>
            <ul className="mt-1 list-disc space-y-1 pl-5">
              {stated.map((claim) => (
                <li key={claim.id}>
                  <span className="font-medium">{claim.statement}</span>{" "}
                  <span className="text-gray-800">{t("source", { source: claim.source })}</span>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </Section>
  );
}
