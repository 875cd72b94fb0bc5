import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { OrganiserNames } from "@/components/workshops/organiser-names";
import { formatDateRange, plural } from "@/lib/format";
import { listWorkshops } from "@/lib/queries/workshops";

export const metadata: Metadata = {
  title: "ASEM workshops",
  description:
    "ASEM workshops on cultural cooperation: where and when they met, who organised them, and the recommendations they sent to ministers and summits.",
};

export default async function WorkshopsPage() {
  const workshops = await listWorkshops();
  return (
    <>
      <PageHeader
        title="ASEM workshops"
        lead="Workshops whose recommendations went to ASEM culture ministers and summits, newest first."
      />
      {workshops.length ? (
        <ul className="divide-y divide-gray-200">
          {workshops.map((workshop) => (
            <li key={workshop.slug} className="py-4">
              <h2 className="text-lg font-semibold">
                <Link href={`/workshops/${workshop.slug}`}>{workshop.title}</Link>
              </h2>
              <p className="mt-1 text-gray-800">
                {workshop.place}, {workshop.country.name} ·{" "}
                {formatDateRange(workshop.startDate, workshop.endDate)}
              </p>
              <p className="mt-1 text-sm text-gray-700">
                Organised by <OrganiserNames organisers={workshop.organisers} /> ·{" "}
                {plural(workshop._count.recommendations, "recommendation")}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState title="No workshops are recorded yet." />
      )}
    </>
  );
}
