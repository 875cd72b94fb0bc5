import { useTranslations } from "next-intl";
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
    <section aria-labelledby="timeline-heading" className="mt-8">
      <h2 id="timeline-heading" className="mb-3 text-xl font-semibold">
        {title}
      </h2>
      {steps.length ? (
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
      ) : (
        <p className="text-gray-700">{t("empty")}</p>
      )}
    </section>
  );
}
