import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { useFormat } from "@/lib/format";
import type { AuditListItem } from "@/lib/queries/admin/audit";

const entityPages: Record<string, (id: string) => string> = {
  Organisation: (id) => `/admin/organizations/${id}`,
  Recommendation: (id) => `/admin/recommendations/${id}`,
  CityPartnership: (id) => `/admin/partnerships/${id}`,
};

export function AuditEntrySummary({ entry }: { entry: AuditListItem }) {
  const t = useTranslations("admin.audit.entry");
  const format = useFormat();
  const page = entityPages[entry.entityType]?.(entry.entityId);
  return (
    <p className="flex flex-wrap gap-x-2 text-sm text-gray-800">
      <time dateTime={entry.createdAt.toISOString()}>
        {/* Audit times need the hour. */}
        {t("time", { time: format.dateTime(entry.createdAt) })}
      </time>
      <span>·</span>
      <span>{entry.actor ? (entry.actor.name ?? entry.actor.email) : t("deletedAccount")}</span>
      <span>·</span>
      <code className="font-semibold">{entry.action}</code>
      <span>{t("on")}</span>
      {page ? (
        <Link href={page}>
          {entry.entityType} {entry.entityId}
        </Link>
      ) : (
        <span>
          {entry.entityType} {entry.entityId}
        </span>
      )}
      <Link
        href={`/admin/audit?entityType=${encodeURIComponent(entry.entityType)}&entity=${encodeURIComponent(entry.entityId)}`}
      >
        {t("history")}
      </Link>
    </p>
  );
}

// Before and after as indented JSON; wrapped rather than scrolled, so nothing needs a scroll bar.
export function AuditValues({ entry }: { entry: AuditListItem }) {
  const t = useTranslations("admin.audit.entry");
  return (
    <dl className="mt-2 grid gap-2 text-sm sm:grid-cols-2">
      {(["before", "after"] as const).map((key) => (
        <div key={key}>
          <dt className="font-medium">{t(key)}</dt>
          <dd>
            <pre className="rounded bg-gray-50 p-2 font-mono text-xs break-all whitespace-pre-wrap text-gray-900">
              {entry[key] === null ? t("none") : JSON.stringify(entry[key], null, 2)}
            </pre>
          </dd>
        </div>
      ))}
    </dl>
  );
}
