import { useTranslations } from "next-intl";
import { Section } from "./section";
import { useFormat } from "@/lib/format";

type Step = {
  id: string;
  changedAt: Date;
  from: string | null;
  to: string;
  detail?: string | null;
  note: string | null;
};

// A dated status history, oldest first.
export function Timeline({ title, steps }: { title: string; steps: Step[] }) {
  const t = useTranslations("ui.timeline");
  const format = useFormat();
  return (
    <Section id="timeline-heading" title={title} empty={steps.length ? null : t("empty")} className="mt-8">
      <ol className="border-brand-100 space-y-3 border-l-2 pl-4">
        {steps.map((step) => (
          <li key={step.id}>
            <p className="font-medium">
              {t.rich("step", {
                time: (chunks) => <time dateTime={step.changedAt.toISOString()}>{chunks}</time>,
                date: format.date(step.changedAt),
                change: step.from && step.from !== step.to ? `${step.from} → ${step.to}` : step.to,
                detail: step.detail ? ` (${step.detail})` : "",
              })}
            </p>
            {step.note ? <p className="text-gray-800">{step.note}</p> : null}
          </li>
        ))}
      </ol>
    </Section>
  );
}
