import type {
  CooperationArea,
  Discipline,
  OrganisationKind,
  PrismaClient,
} from "../../lib/generated/prisma/client";
import { loadData } from "./data";
import { HA_LONG_SLUG } from "./documents";
import { citySlug } from "./reference";

// The organisations documented-links.json names as leading or partnering a programme.
// A country only where the source names it (or the organisation's own name holds it).
const organisations: { slug: string; name: string; kind: OrganisationKind; countryCode: string | null }[] = [
  {
    slug: "national-museums-of-world-culture",
    name: "National Museums of World Culture",
    kind: "CULTURAL_INSTITUTION",
    countryCode: "SE",
  },
  { slug: "arts-network-asia", name: "Arts Network Asia", kind: "NGO_OR_ASSOCIATION", countryCode: null },
  { slug: "trans-europe-halles", name: "Trans Europe Halles", kind: "NGO_OR_ASSOCIATION", countryCode: null },
  {
    slug: "iias",
    name: "International Institute for Asian Studies (IIAS)",
    kind: "UNIVERSITY",
    countryCode: null,
  },
  { slug: "res-artis", name: "Res Artis", kind: "NGO_OR_ASSOCIATION", countryCode: null },
  { slug: "ears-finland", name: "EARS", kind: "CULTURAL_INSTITUTION", countryCode: "FI" },
  { slug: "modern-sky", name: "Modern Sky", kind: "CULTURAL_INSTITUTION", countryCode: "CN" },
  { slug: "fondo-audiovisivo-fvg", name: "Fondo Audiovisivo FVG", kind: "FOUNDATION", countryCode: null },
  {
    slug: "far-east-film-festival",
    name: "Far East Film Festival",
    kind: "CULTURAL_INSTITUTION",
    countryCode: null,
  },
  {
    slug: "busan-international-film-festival",
    name: "Busan International Film Festival",
    kind: "CULTURAL_INSTITUTION",
    countryCode: "KR",
  },
  { slug: "eave", name: "EAVE", kind: "NGO_OR_ASSOCIATION", countryCode: null },
  {
    slug: "eu-japan-fest-japan-committee",
    name: "EU-Japan Fest Japan Committee",
    kind: "NGO_OR_ASSOCIATION",
    countryCode: "JP",
  },
  {
    slug: "yamamoto-noh-theatre",
    name: "Yamamoto Noh Theatre",
    kind: "CULTURAL_INSTITUTION",
    countryCode: null,
  },
  {
    slug: "national-theatre-timisoara",
    name: "National Theatre Timișoara",
    kind: "CULTURAL_INSTITUTION",
    countryCode: "RO",
  },
];

type Entry = {
  slug: string;
  // The programme's name in documented-links.json, whose text and sources the entry takes.
  programme: string;
  title?: string;
  summary?: string;
  lead: string;
  partners: string[];
  cities: [string, string][];
  disciplines: Discipline[];
  areas: CooperationArea[];
  dates?: [string, string];
  website?: string;
  // The Ha Long recommendation (by position) the programme answers, where one names it.
  recommendation?: number;
};

const entries: Entry[] = [
  {
    slug: "culture360",
    programme: "culture360.asef.org",
    lead: "asef",
    partners: [],
    cities: [],
    disciplines: [],
    areas: ["CROSS_SECTOR_NETWORKING"],
    website: "https://culture360.asef.org",
    recommendation: 5,
  },
  {
    slug: "asemus-asia-europe-museum-network",
    programme: "ASEMUS – Asia-Europe Museum Network",
    lead: "national-museums-of-world-culture",
    partners: ["asef"],
    cities: [],
    disciplines: ["HERITAGE"],
    areas: ["CROSS_SECTOR_NETWORKING"],
  },
  {
    slug: "creative-encounters",
    programme: "Creative Encounters",
    lead: "asef",
    partners: ["arts-network-asia", "trans-europe-halles"],
    cities: [],
    disciplines: [],
    areas: ["COOPERATION_PROJECTS", "CO_CREATIONS"],
  },
  {
    slug: "asef-creative-networks",
    programme: "ASEF Creative Networks",
    lead: "asef",
    partners: ["res-artis"],
    cities: [],
    disciplines: [],
    areas: ["CROSS_SECTOR_NETWORKING", "ARTIST_MOBILITY"],
  },
  {
    slug: "mobility-first",
    programme: "Mobility First!",
    lead: "asef",
    partners: [],
    cities: [],
    disciplines: [],
    areas: ["ARTIST_MOBILITY"],
  },
  {
    slug: "cultural-heritages-of-asia-and-europe-roundtable-2010",
    programme: "Roundtable 'The Cultural Heritages of Asia and Europe'",
    title: "Roundtable “The Cultural Heritages of Asia and Europe”, Amsterdam 2010",
    lead: "asef",
    partners: ["iias"],
    cities: [["Amsterdam", "NL"]],
    disciplines: ["HERITAGE", "RESEARCH"],
    areas: ["CROSS_SECTOR_NETWORKING"],
    dates: ["2010-09-02", "2010-09-03"],
  },
  {
    slug: "asem-cultural-festival-2018",
    programme: "ASEM Cultural Festival 'Europe Meets Asia, Asia Meets Europe'",
    title: "ASEM Cultural Festival “Europe Meets Asia, Asia Meets Europe”, Brussels 2018",
    lead: "asef",
    partners: [],
    cities: [["Brussels", "BE"]],
    disciplines: [],
    areas: ["COOPERATION_PROJECTS"],
    dates: ["2018-10-18", "2018-10-30"],
  },
  {
    slug: "ears-modern-sky-helsinki-2014",
    programme: "Creative Encounters",
    title: "EARS and Modern Sky, Helsinki 2014 (Creative Encounters)",
    summary:
      "A 2014 Creative Encounters project: EARS (Finland) with Modern Sky (China), Helsinki, September 2014.",
    lead: "ears-finland",
    partners: ["modern-sky"],
    cities: [["Helsinki", "FI"]],
    disciplines: [],
    areas: ["CO_CREATIONS"],
  },
  {
    slug: "ties-that-bind-udine-2014",
    programme: "Creative Encounters",
    title: "“Ties That Bind” producers' workshop, Udine 2014 (Creative Encounters)",
    summary:
      "A 2014 Creative Encounters project: the “Ties That Bind” producers' workshop, Udine, April 2014, with Fondo Audiovisivo FVG, the Far East Film Festival, the Busan International Film Festival and EAVE.",
    lead: "fondo-audiovisivo-fvg",
    partners: ["far-east-film-festival", "busan-international-film-festival", "eave"],
    cities: [],
    disciplines: ["FILM"],
    areas: ["CAPACITY_BUILDING"],
  },
  {
    slug: "eu-japan-fest",
    programme: "EU-Japan Fest Japan Committee",
    title: "EU-Japan Fest: Japanese artists at the European Capitals of Culture",
    lead: "eu-japan-fest-japan-committee",
    partners: [],
    cities: [
      ["Timișoara", "RO"],
      ["Kaunas", "LT"],
      ["Novi Sad", "RS"],
    ],
    disciplines: [],
    areas: ["ARTIST_MOBILITY"],
  },
  {
    slug: "heart-of-noh-theatre-timisoara-2022",
    programme: "EU-Japan Fest Japan Committee",
    title: "“The Heart of Noh Theatre”, Timișoara 2022",
    summary:
      "“The Heart of Noh Theatre” by Yamamoto Noh Theatre with the National Theatre Timișoara, June 2022: an example of the EU-Japan Fest Japan Committee's work with Timișoara, European Capital of Culture 2023.",
    lead: "yamamoto-noh-theatre",
    partners: ["national-theatre-timisoara", "eu-japan-fest-japan-committee"],
    cities: [["Timișoara", "RO"]],
    disciplines: ["PERFORMING_ARTS"],
    areas: ["CO_CREATIONS"],
  },
];

// Real programmes and named projects as entries led by their real organisations, with the
// sources documented-links.json gives; no account owns them. Rewritten on every run.
export async function seedPublicEntries(db: PrismaClient) {
  const { documentedLinks } = loadData();
  const programmes = [...documentedLinks.asef_programmes, ...documentedLinks.programme_links];
  for (const { slug, ...organisation } of organisations) {
    const data = { ...organisation, verificationStatus: "VERIFIED" as const, isSample: false };
    await db.organisation.upsert({ where: { slug }, create: { slug, ...data }, update: data });
  }
  const orgs = await db.organisation.findMany({ select: { id: true, slug: true, countryCode: true } });
  const org = (slug: string) => orgs.find((o) => o.slug === slug)!;
  const workshop = await db.workshop.findUniqueOrThrow({
    where: { slug: HA_LONG_SLUG },
    select: { id: true },
  });

  for (const entry of entries) {
    const programme = programmes.find((p) => p.name === entry.programme)!;
    const years = "years" in programme && programme.years ? ` (${programme.years})` : "";
    // The programme's sources, and those of its examples in the entry's cities.
    const examples = "examples" in programme ? (programme.examples ?? []) : [];
    const sources = [
      ...programme.sources,
      ...examples.filter((e) => entry.cities.some(([name]) => name === e.city)).flatMap((e) => e.sources),
    ];
    const cities = await db.city.findMany({
      where: { slug: { in: entry.cities.map(([name, country]) => citySlug(name, country)) } },
      select: { id: true, countryCode: true },
    });
    const recommendation = entry.recommendation
      ? await db.recommendation.findFirst({
          where: { workshopId: workshop.id, position: entry.recommendation, isSample: false },
          select: { id: true },
        })
      : null;
    const text = entry.summary ?? programme.what;
    const data = {
      title: entry.title ?? programme.name,
      summary: text,
      description: [
        entry.summary ? `Part of ${programme.name}: ${programme.what}` : `${programme.what}${years}`,
        "Taken from public sources (listed under Sources); not submitted by the organisations themselves.",
      ].join("\n\n"),
      leadOrganisationId: org(entry.lead).id,
      disciplines: entry.disciplines,
      cooperationAreas: entry.areas,
      startDate: entry.dates ? new Date(entry.dates[0]) : null,
      endDate: entry.dates ? new Date(entry.dates[1]) : null,
      website: entry.website ?? null,
      recommendationId: recommendation?.id ?? null,
      sources: [...new Set(sources)],
      // Written here in English from English sources, in their words.
      language: "en",
      isSample: false,
      createdById: null,
    };
    const project = await db.project.upsert({
      where: { slug: entry.slug },
      create: { slug: entry.slug, ...data },
      update: data,
      select: { id: true },
    });
    const partnerIds = entry.partners.map((slug) => org(slug).id);
    const countries = [entry.lead, ...entry.partners]
      .map((slug) => org(slug).countryCode)
      .concat(cities.map((city) => city.countryCode))
      .filter((code): code is string => !!code);
    await db.$transaction([
      db.projectPartner.deleteMany({ where: { projectId: project.id } }),
      db.projectPartner.createMany({
        data: partnerIds.map((organisationId) => ({ projectId: project.id, organisationId })),
      }),
      db.projectCity.deleteMany({ where: { projectId: project.id } }),
      db.projectCity.createMany({ data: cities.map((city) => ({ projectId: project.id, cityId: city.id })) }),
      db.projectCountry.deleteMany({ where: { projectId: project.id } }),
      db.projectCountry.createMany({
        data: [...new Set(countries)].map((countryCode) => ({ projectId: project.id, countryCode })),
      }),
    ]);
  }
  return { organisations: organisations.length, projects: entries.length };
}
