import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { useFormat } from "@/lib/format";
import { meetingTitle } from "@/lib/labels";
import { countryName } from "@/lib/places";
import type { MeetingKind } from "@/lib/generated/prisma/enums";

type Meeting = {
  slug: string;
  name: string;
  kind: MeetingKind;
  city: string;
  startDate: Date | null;
  endDate: Date | null;
  theme?: string | null;
  country: { code: string; name: string };
  _count?: { claims: number };
};

// ASEM summits and culture ministers' meetings: name (to its page), kind, place and dates,
// and a note where sources give the dates differently.
export function MeetingList({ meetings, showTheme = false }: { meetings: Meeting[]; showTheme?: boolean }) {
  const tLabels = useTranslations("labels");
  const t = useTranslations("meetings.list");
  const format = useFormat();
  const locale = useLocale();
  return (
    <ul className="space-y-2">
      {meetings.map((meeting) => (
        <li key={meeting.slug}>
          <Link href={`/meetings/${meeting.slug}`} className="font-medium">
            {meetingTitle(tLabels, meeting)}
          </Link>
          , {meeting.city},{" "}
          <Link href={`/countries/${meeting.country.code}`}>{countryName(meeting.country, locale)}</Link>,{" "}
          {meeting.startDate ? (
            <time dateTime={meeting.startDate.toISOString().slice(0, 10)}>
              {format.dateRange(meeting.startDate, meeting.endDate)}
            </time>
          ) : (
            format.dateRange(meeting.startDate, meeting.endDate)
          )}
          {(meeting._count?.claims ?? 0) > 1 ? (
            <span className="text-gray-800">
              {" "}
              {t.rich("disputedDates", {
                count: meeting._count!.claims,
                claims: (chunks) => <Link href={`/meetings/${meeting.slug}#claims`}>{chunks}</Link>,
              })}
            </span>
          ) : null}
          {showTheme && meeting.theme ? (
            <span className="text-gray-800">{t("theme", { theme: meeting.theme })}</span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
