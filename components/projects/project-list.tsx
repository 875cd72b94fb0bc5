import Link from "next/link";
import { Badge, SampleBadge } from "@/components/ui/badge";
import { disciplineLabels } from "@/lib/labels";
import { plural } from "@/lib/format";
import type { ProjectListItem } from "@/lib/queries/projects";

export function ProjectList({
  projects,
  headingLevel = 2,
}: {
  projects: ProjectListItem[];
  headingLevel?: 2 | 3;
}) {
  const Heading = `h${headingLevel}` as const;
  return (
    <ul className="divide-y divide-gray-200">
      {projects.map((project) => (
        <li key={project.id} className="py-4">
          <div className="flex flex-wrap items-center gap-2">
            <Heading className="text-lg font-semibold">
              <Link href={`/projects/${project.slug}`}>{project.title}</Link>
            </Heading>
            {project.isSample ? <SampleBadge /> : null}
          </div>
          <p className="mt-1 text-gray-800">{project.summary}</p>
          <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-gray-700">
            <span>
              Led by{" "}
              <Link href={`/organizations/${project.leadOrganisation.slug}`}>
                {project.leadOrganisation.name}
              </Link>
            </span>
            <span>{project.countries.map(({ country }) => country.name).join(", ")}</span>
            <span>{plural(project.endorsementCount, "endorsement")}</span>
          </p>
          <p className="mt-2 flex flex-wrap gap-1">
            {project.disciplines.map((discipline) => (
              <Badge key={discipline}>{disciplineLabels[discipline]}</Badge>
            ))}
          </p>
        </li>
      ))}
    </ul>
  );
}
