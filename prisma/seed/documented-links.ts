import slugify from "@sindresorhus/slugify";
import type { DocumentedLinkKind, PrismaClient } from "../../lib/generated/prisma/client";
import { loadData, type DocumentedLinksData } from "./data";

// The file names no country for the two cities that hold no title; both are in China.
export const untitledLinkCities = [
  { city: "Hangzhou", country_code: "CN" },
  { city: "Shenzhen", country_code: "CN" },
];

const kinds: Record<string, DocumentedLinkKind> = {
  "declaration of intent to twin": "DECLARATION",
  "exploratory contact": "CONTACT",
  "delegation visit": "DELEGATION",
  "twinning agreement": "TWINNING",
};

type LinkCity = { name: string; title: string | null };
type LinkRow = {
  kind: DocumentedLinkKind;
  kindLabel: string;
  date: string | null;
  summary: string;
  programme: string | null;
  sources: string[];
  confidence: "HIGH" | "MEDIUM";
  cities: LinkCity[];
};

// Every link of documented-links.json between cities, in the file's order.
export function documentedLinkRows(data: DocumentedLinksData): LinkRow[] {
  const confidence = (value: string) => (value === "high" ? ("HIGH" as const) : ("MEDIUM" as const));
  const fest = data.programme_links.find((link) => link.examples?.length);
  return [
    ...data.city_links.map((link) => ({
      kind: kinds[link.kind],
      kindLabel: link.kind,
      date: link.date,
      summary: link.what,
      programme: null,
      sources: link.sources,
      confidence: confidence(link.confidence),
      cities: [
        { name: link.european_city, title: link.european_title },
        { name: link.asian_city, title: link.asian_title },
      ],
    })),
    ...data.ccea_internal_links.map((link) => ({
      kind: "DECLARATION" as const,
      kindLabel: "joint declaration of Culture Cities of East Asia",
      date: String(link.year),
      summary: link.what,
      programme: null,
      sources: link.sources,
      confidence: confidence(link.confidence),
      cities: link.cities.map((name) => ({ name, title: `CCEA ${link.year}` })),
    })),
    ...(fest?.examples ?? []).map((example) => ({
      kind: "PROGRAMME" as const,
      kindLabel: `${fest!.name} programme`,
      date: null,
      summary: example.what,
      programme: fest!.name,
      sources: example.sources,
      confidence: confidence(example.confidence),
      cities: [{ name: example.city, title: example.title }],
    })),
  ];
}

// "ECoC 2017", "CCEA 2018 (Harbin)" → the programme and year of the title.
export function titleOf(title: string | null) {
  const match = title?.match(/^(ECoC|CCEA) (\d{4})/);
  return match
    ? { programme: match[1] === "ECoC" ? ("ECOC" as const) : ("CCEA" as const), year: +match[2] }
    : null;
}

const bare = (name: string) =>
  name
    .replace(/\s*\(.*\)$/, "")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase();

// Reference data: rewritten from the file on every run, so it never drifts from it.
export async function seedDocumentedLinks(db: PrismaClient) {
  const { documentedLinks } = loadData();
  const cities = await db.city.findMany({
    select: {
      id: true,
      name: true,
      alternativeNames: true,
      designations: { select: { id: true, programme: true, year: true } },
    },
  });
  const cityNamed = (name: string) => {
    const found = cities.filter((city) =>
      [city.name, ...city.alternativeNames].some((known) => bare(known) === bare(name)),
    );
    if (found.length !== 1) throw new Error(`Documented link: no single city named ${name}`);
    return found[0];
  };

  const rows = documentedLinkRows(documentedLinks);
  await db.$transaction(async (tx) => {
    await tx.documentedLink.deleteMany({});
    for (const [position, { cities: ends, ...link }] of rows.entries()) {
      const slug = slugify(`${ends.map((end) => bare(end.name)).join(" ")} ${link.date ?? link.kind}`);
      await tx.documentedLink.create({
        data: {
          ...link,
          slug,
          position,
          cities: {
            create: ends.map((end, index) => {
              const city = cityNamed(end.name);
              const title = titleOf(end.title);
              const designation = title
                ? city.designations.find((d) => d.programme === title.programme && d.year === title.year)
                : undefined;
              if (title && !designation)
                throw new Error(`Documented link: ${end.name} holds no ${end.title}`);
              return {
                cityId: city.id,
                designationId: designation?.id ?? null,
                nameInSource: end.name === city.name ? null : end.name,
                position: index,
              };
            }),
          },
        },
      });
    }
  });
  return rows.length;
}
