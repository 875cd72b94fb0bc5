// Cached reads and pages are tagged by what they show: an entry (`project:<slug>`), the
// lists of a kind (`projects:list`), and the facts of a kind that entries of another kind
// show (`organizations:related`: an organisation's name and verification on a project).
// A write names the public pages it changed (lib/revalidate.ts); this says what expires.
const sections = {
  projects: "project",
  recommendations: "recommendation",
  organizations: "organization",
  partnerships: "partnership",
  workshops: "workshop",
  countries: "country",
  cities: "city",
} as const;
export type Section = keyof typeof sections;

export const listTag = (section: Section) => `${section}:list`;
export const entryTag = (section: Section, key: string) => `${sections[section]}:${key}`;
export const relatedTag = (section: Section) => `${section}:related`;

// The cached pages (Next's route patterns under app/[locale]/cached/[query]) that show entries of
// a kind, besides that kind's own list and entry pages.
const listedOn: Partial<Record<Section, string[]>> = {
  projects: [
    "",
    "/about",
    "/organizations/[slug]",
    "/countries",
    "/countries/[code]",
    "/partnerships/[id]",
    "/projects/[slug]/endorsements",
  ],
  recommendations: [
    "",
    "/about",
    "/organizations/[slug]",
    "/workshops",
    "/workshops/[slug]",
    "/recommendations/[id]/endorsements",
  ],
  organizations: ["/countries/[code]", "/projects/[slug]/endorsements", "/recommendations/[id]/endorsements"],
  partnerships: ["", "/cities", "/countries/[code]"],
};

const isSection = (value: string): value is Section => value in sections;

export type Expiry = { tags: string[]; paths: string[]; routes: string[] };

// What a write that changed this public page expires: data tags, cached pages by their
// path (under /<locale>/cached/_), and every cached page of a route (any query, any entry).
export function expiryOf(pathname: string): Expiry {
  const [section, key, ...rest] = pathname.split("/").filter(Boolean);
  if (!section) return { tags: [], paths: ["/cached/_"], routes: [] };
  if (!isSection(section) || rest.length > 0) return { tags: [], paths: [], routes: [] };
  if (key === undefined)
    return {
      tags: [listTag(section)],
      paths: [],
      routes: [`/${section}`, ...(listedOn[section] ?? [])],
    };
  // An entry changed: its page, and the facts other kinds' pages show of it.
  return {
    tags: [entryTag(section, key), relatedTag(section)],
    paths: [`/cached/_/${section}/${key}`],
    routes: [],
  };
}
