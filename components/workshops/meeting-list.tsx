import Link from "next/link";
import { formatDateRange } from "@/lib/format";
import { meetingKindLabels } from "@/lib/labels";
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

// "8th ASEM Culture Ministers' Meeting" says what it is; "ASEM13" does not.
function namesItsKind(meeting: Meeting) {
  const kind = meetingKindLabels[meeting.kind].replace(/^ASEM /, "").toLowerCase();
  return meeting.name.toLowerCase().includes(kind);
}

// ASEM summits and culture ministers' meetings: name, kind, place and dates.
export function MeetingList({ meetings, showTheme = false }: { meetings: Meeting[]; showTheme?: boolean }) {
  return (
    <ul className="space-y-2">
      {meetings.map((meeting) => (
        <li key={meeting.slug}>
          <span className="font-medium">{meeting.name}</span>
          {namesItsKind(meeting) ? null : (
            <span className="text-gray-700"> ({meetingKindLabels[meeting.kind]})</span>
          )}
          , {meeting.city}, <Link href={`/countries/${meeting.country.code}`}>{meeting.country.name}</Link>,{" "}
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
