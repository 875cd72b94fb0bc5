import Link from "next/link";

type Organiser = {
  id: string;
  country: { code: string; name: string } | null;
  organisation: { slug: string; name: string } | null;
};

export function OrganiserNames({ organisers }: { organisers: Organiser[] }) {
  return organisers.map((organiser, index) => (
    <span key={organiser.id}>
      {index > 0 ? (index === organisers.length - 1 ? " and " : ", ") : ""}
      {organiser.country ? (
        <Link href={`/countries/${organiser.country.code}`}>{organiser.country.name}</Link>
      ) : organiser.organisation ? (
        <Link href={`/organizations/${organiser.organisation.slug}`}>{organiser.organisation.name}</Link>
      ) : null}
    </span>
  ));
}
