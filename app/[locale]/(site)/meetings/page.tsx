import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { MeetingList } from "@/components/workshops/meeting-list";
import { listMeetings } from "@/lib/queries/meetings";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meetings.index");
  return { title: t("title"), description: t("description") };
}

export default async function MeetingsPage() {
  const [meetings, t] = await Promise.all([listMeetings(), getTranslations("meetings.index")]);
  const summits = meetings.filter((meeting) => meeting.kind === "SUMMIT");
  const ministers = meetings.filter((meeting) => meeting.kind === "CULTURE_MINISTERS");
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <section aria-labelledby="ministers-heading">
        <h2 id="ministers-heading" className="mb-2 text-xl font-semibold">
          {t("ministers", { count: ministers.length })}
        </h2>
        <MeetingList meetings={ministers} showTheme />
      </section>
      <section aria-labelledby="summits-heading" className="mt-8">
        <h2 id="summits-heading" className="mb-2 text-xl font-semibold">
          {t("summits", { count: summits.length })}
        </h2>
        <MeetingList meetings={summits} showTheme />
      </section>
    </>
  );
}
