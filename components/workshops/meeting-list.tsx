import Link from "next/link";
import { formatDateRange } from "@/lib/format";
import { meetingTitle } from "@/lib/labels";
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
};

// ASEM summits and culture ministers' meetings: name, kind, place and dates.
export function MeetingList({ meetings, showTheme = false }: { meetings: Meeting[]; showTheme?: boolean }) {
  return (
    <ul className="space-y-2">
      {meetings.map((meeting) => (
        <li key={meeting.slug}>
          <span className="font-medium">{meetingTitle(meeting)}</span>, {meeting.city},{" "}
          <Link href={`/countries/${meeting.country.code}`}>{meeting.country.name}</Link>,{" "}
          {meeting.startDate ? (
            <time dateTime={meeting.startDate.toISOString().slice(0, 10)}>
              {formatDateRange(meeting.startDate, meeting.endDate)}
            </time>
          ) : (
            formatDateRange(meeting.startDate, meeting.endDate)
          )}
          {showTheme && meeting.theme ? <span className="text-gray-800">: “{meeting.theme}”</span> : null}
        </li>
      ))}
    </ul>
  );
}
