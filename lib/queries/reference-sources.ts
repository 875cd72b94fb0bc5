import "server-only";
import fs from "node:fs/promises";
import path from "node:path";

const datasets = [
  ["asem-partners.json", "ASEM partners"],
  ["asem-meetings.json", "ASEM summits and Culture Ministers' Meetings"],
  ["ecoc.json", "European Capitals of Culture"],
  ["ccea.json", "Culture Cities of East Asia"],
] as const;

// The public pages each reference dataset rests on, as listed in its own file.
export async function listReferenceSources() {
  return Promise.all(
    datasets.map(async ([file, title]) => {
      const data = JSON.parse(
        await fs.readFile(path.join(process.cwd(), "prisma", "data", file), "utf8"),
      ) as { description: string; as_of: string; sources: string[] };
      return { file, title, description: data.description, asOf: data.as_of, sources: data.sources };
    }),
  );
}
