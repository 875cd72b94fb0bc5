import slugify from "@sindresorhus/slugify";
import type { Faker } from "@faker-js/faker";
import type { CooperationArea, Discipline } from "../../lib/generated/prisma/enums";
import { ids } from "./guard";
import type { OrganisationRef } from "./organisations";
import type { Target, Workshop } from "./recommendations";
import { addDays, capitalise, dayBetween, fakerFor, LATEST, momentBetween, streams } from "./random";
import type { CityRef, CountryRef, Reference } from "./reference";
import { padded, type Insert, type Row } from "./sql";
import {
  activities,
  audiences,
  kindPhrases,
  projectForms,
  SYNTHETIC_NOTE,
  titleAdjectives,
  titleNouns,
  topicsByDiscipline,
} from "./vocabulary";

const disciplines = Object.keys(topicsByDiscipline) as Discipline[];
const areas: CooperationArea[] = [
  "ARTIST_MOBILITY",
  "COOPERATION_PROJECTS",
  "CO_CREATIONS",
  "CROSS_SECTOR_NETWORKING",
  "CAPACITY_BUILDING",
  "BRANDING",
  "CONSULTANCY",
];

const projectColumns = {
  id: "text",
  slug: "text",
  title: "text",
  summary: "text",
  description: "text",
  leadOrganisationId: "text",
  disciplines: '"Discipline"[]',
  cooperationAreas: '"CooperationArea"[]',
  startDate: "date",
  endDate: "date",
  website: "text",
  partnershipId: "text",
  workshopId: "text",
  recommendationId: "text",
  visibility: '"Visibility"',
  hiddenReason: "text",
  endorsementCount: "int",
  isSample: "boolean",
  createdAt: "timestamp(3)",
  updatedAt: "timestamp(3)",
};

export type ProjectContext = {
  reference: Reference;
  organisations: OrganisationRef[];
  workshops: Workshop[];
  recommendationIds: string[];
  counts: number[];
};

const article = (word: string) => (/^[aeiou]/.test(word) ? "an" : "a");

function title(faker: Faker, form: string, topic: string, places: [string, string]) {
  switch (faker.number.int(2)) {
    case 0:
      return `${faker.helpers.arrayElement(titleAdjectives)} ${faker.helpers.arrayElement(titleNouns)}: ${article(form)} ${form} on ${topic}`;
    case 1:
      return `${capitalise(topic)} ${form}, ${places[0]} – ${places[1]}`;
    default:
      return `${faker.helpers.arrayElement(titleAdjectives)} ${faker.helpers.arrayElement(titleNouns)} ${faker.number.int({ min: 2012, max: 2027 })}`;
  }
}

// Lead, partners, countries and cities of one project: always across the two regions.
function links(faker: Faker, context: ProjectContext, lead: OrganisationRef, pairs: CityRef[][]) {
  const { countries } = context.reference;
  const home = lead.country ?? faker.helpers.arrayElement(countries);
  const abroad = countries.filter((country) => country.region !== home.region);
  const chosen = new Map<string, CountryRef>([[home.code, home]]);
  for (const country of faker.helpers.arrayElements(abroad, { min: 1, max: 2 }))
    chosen.set(country.code, country);
  if (faker.datatype.boolean(0.3)) chosen.set(...keyed(faker.helpers.arrayElement(countries)));
  const cities =
    pairs.every((list) => list.length) && faker.datatype.boolean(0.5)
      ? pairs.map((list) => faker.helpers.arrayElement(list))
      : [];
  const partners = new Set<OrganisationRef>();
  for (let n = faker.number.int(3); n > 0; n--)
    partners.add(faker.helpers.arrayElement(context.organisations));
  partners.delete(lead);
  return { home, countries: [...chosen.values()], cities, partners: [...partners] };
}

const keyed = (country: CountryRef) => [country.code, country] as const;

export function projectBuilder(context: ProjectContext, seed: number) {
  const faker = fakerFor(seed, streams.projects);
  const targets: Target[] = [];
  const programmeCities = (programme: CityRef["programme"]) =>
    context.reference.cities.filter((city) => city.programme === programme);
  const paired = [programmeCities("ECOC"), programmeCities("CCEA")];
  const build = (from: number, to: number): Insert[] => {
    const projects: Row[] = [];
    const countryLinks: Row[] = [];
    const cityLinks: Row[] = [];
    const partnerLinks: Row[] = [];
    for (let i = from; i < to; i++) {
      const id = `${ids.project}${padded(i + 1)}`;
      const owner = faker.number.int(context.organisations.length - 1);
      const lead = context.organisations[owner];
      const linked = links(faker, context, lead, paired);
      const [discipline, ...others] = faker.helpers.arrayElements(disciplines, { min: 1, max: 3 });
      const topic = faker.helpers.arrayElement(topicsByDiscipline[discipline]);
      const form = faker.helpers.arrayElement(projectForms);
      const abroad = linked.countries.find((country) => country.region !== linked.home.region)!;
      const places: [string, string] = linked.cities.length
        ? [linked.cities[0].name, linked.cities[1].name]
        : [linked.home.name, abroad.name];
      const projectTitle = title(faker, form, topic, places);
      const summary = `${capitalise(article(form))} ${form} on ${topic} that brings together ${kindPhrases[lead.kind]} from ${linked.home.name} and partners in ${abroad.name}, for ${faker.helpers.arrayElement(audiences)}.`;
      const cityLine = linked.cities.length
        ? ` It connects ${places[0]}, a European Capital of Culture, with ${places[1]}, a Culture City of East Asia.`
        : "";
      const plan = faker.helpers.arrayElements(activities, 3);
      const createdAt = momentBetween(faker, new Date("2012-01-01"), LATEST);
      const startDate = dayBetween(faker, addDays(createdAt, -180), addDays(createdAt, 365));
      const hidden = faker.datatype.boolean(0.01);
      const pickOr = <T>(items: T[], chance: number) =>
        items.length && faker.datatype.boolean(chance) ? faker.helpers.arrayElement(items) : null;
      projects.push({
        id,
        slug: `synthetic-${slugify(projectTitle).slice(0, 60).replace(/-+$/, "")}-${i + 1}`,
        title: projectTitle,
        summary,
        description: [
          `${summary}${cityLine}`,
          `Over ${faker.number.int({ min: 1, max: 4 })} years the partners plan ${plan[0]}, ${plan[1]} and ${plan[2]}. The programme is coordinated by ${faker.person.fullName()}.`,
          SYNTHETIC_NOTE,
        ].join("\n\n"),
        leadOrganisationId: lead.id,
        disciplines: [discipline, ...others],
        cooperationAreas: faker.helpers.arrayElements(areas, { min: 1, max: 2 }),
        startDate,
        endDate: addDays(startDate, faker.number.int({ min: 90, max: 1095 })),
        website: faker.datatype.boolean(0.6) ? `https://example.org/synthetic/projects/${i + 1}` : null,
        partnershipId: pickOr(context.reference.partnershipIds, 0.02),
        workshopId: pickOr(context.workshops, 0.03)?.id ?? null,
        recommendationId: pickOr(context.recommendationIds, 0.05),
        visibility: hidden ? "HIDDEN" : "PUBLISHED",
        hiddenReason: hidden ? "Hidden by moderators (synthetic data)." : null,
        endorsementCount: context.counts[i],
        isSample: true,
        createdAt,
        updatedAt: createdAt,
      });
      for (const code of new Set([
        ...linked.countries.map((c) => c.code),
        ...linked.cities.map((c) => c.countryCode),
      ]))
        countryLinks.push({ projectId: id, countryCode: code });
      for (const city of linked.cities) cityLinks.push({ projectId: id, cityId: city.id });
      for (const partner of linked.partners) partnerLinks.push({ projectId: id, organisationId: partner.id });
      targets.push({ key: `p${padded(i + 1)}`, id, owner, count: context.counts[i], createdAt });
    }
    return [
      { table: "Project", columns: projectColumns, rows: projects },
      { table: "ProjectCountry", columns: { projectId: "text", countryCode: "text" }, rows: countryLinks },
      { table: "ProjectCity", columns: { projectId: "text", cityId: "text" }, rows: cityLinks },
      { table: "ProjectPartner", columns: { projectId: "text", organisationId: "text" }, rows: partnerLinks },
    ];
  };
  // `targets` fills up as batches are built; the endorsements are made from them.
  return { build, targets };
}
