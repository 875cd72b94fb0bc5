import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { MeetingList } from "@/components/workshops/meeting-list";
import { listMeetings } from "@/lib/queries/meetings";

export const metadata: Metadata = {
  title: "ASEM meetings",
  description:
    "The ASEM summits and ASEM Culture Ministers' Meetings, with the workshops that reported to them and the recommendations forwarded to them.",
};

export default async function MeetingsPage() {
  const meetings = await listMeetings();
  const summits = meetings.filter((meeting) => meeting.kind === "SUMMIT");
  const ministers = meetings.filter((meeting) => meeting.kind === "CULTURE_MINISTERS");
  return (
    <>
      <PageHeader
        title="ASEM meetings"
        lead="The summits of ASEM's heads of state and government and the meetings of its culture ministers, each with what reached it: the workshops that reported to it and the recommendations forwarded to it."
      />
      <section aria-labelledby="ministers-heading">
        <h2 id="ministers-heading" className="mb-2 text-xl font-semibold">
          Culture Ministers&apos; Meetings ({ministers.length})
        </h2>
        <MeetingList meetings={ministers} showTheme />
      </section>
      <section aria-labelledby="summits-heading" className="mt-8">
        <h2 id="summits-heading" className="mb-2 text-xl font-semibold">
          Summits ({summits.length})
        </h2>
        <MeetingList meetings={summits} showTheme />
      </section>
    </>
  );
}
