import slugify from "@sindresorhus/slugify";
import type { Faker } from "@faker-js/faker";
import type { OrganisationKind } from "../../lib/generated/prisma/enums";
import { ids } from "./guard";
import { fakerFor, momentBetween, addDays, streams } from "./random";
import type { CountryRef, Reference } from "./reference";
import { padded, type Row } from "./sql";
import {
  collectiveWords,
  diplomacyUnits,
  educationUnits,
  fields,
  institutionTypes,
  kindPhrases,
  ministryUnits,
  organisationKindWeights,
  SYNTHETIC_NOTE,
  titleAdjectives,
  titleNouns,
} from "./vocabulary";

export type OrganisationRef = {
  id: string;
  kind: OrganisationKind;
  country: CountryRef | null;
};

// Named after a seeded ECoC or CCEA city where the country has one, else after the country.
function organisationName(faker: Faker, kind: OrganisationKind, country: CountryRef, city: string | null) {
  const pick = faker.helpers.arrayElement;
  const local = (inCity: string, national: string) =>
    city ? `${city} ${inCity}` : `${national} (${country.name})`;
  switch (kind) {
    case "NGO_OR_ASSOCIATION":
      return local(
        `${pick(titleNouns)} ${pick(collectiveWords)}`,
        `${pick(titleAdjectives)} ${pick(titleNouns)} ${pick(collectiveWords)}`,
      );
    case "FOUNDATION":
      return `${faker.person.lastName()} Foundation for ${pick(fields)}`;
    case "CULTURAL_INSTITUTION": {
      const type = pick(institutionTypes);
      return local(type, `National ${type}`);
    }
    case "UNIVERSITY":
      return local("University of the Arts", `National Academy of ${pick(fields)}`);
    case "CITY_ADMINISTRATION":
      return local("City Culture Office", "Regional Culture Office");
    case "MINISTRY_OF_CULTURE":
      return `${pick(ministryUnits)}, Ministry of Culture (${country.name})`;
    case "MINISTRY_OF_EDUCATION":
      return `${pick(educationUnits)}, Ministry of Education (${country.name})`;
    case "MINISTRY_OF_FOREIGN_AFFAIRS":
      return `${pick(diplomacyUnits)}, Ministry of Foreign Affairs (${country.name})`;
    case "INTERGOVERNMENTAL":
      return `Asia–Europe ${pick(titleNouns)} Network for ${pick(fields)}`;
  }
}

export const organisationColumns = {
  id: "text",
  slug: "text",
  name: "text",
  kind: '"OrganisationKind"',
  countryCode: "text",
  website: "text",
  description: "text",
  verificationStatus: '"VerificationStatus"',
  verifiedAt: "timestamp(3)",
  isSample: "boolean",
  createdAt: "timestamp(3)",
};

// All organisations at once: the projects, recommendations and endorsements pick from them.
export function buildOrganisations(count: number, reference: Reference, seed: number) {
  const faker = fakerFor(seed, streams.organisations);
  const refs: OrganisationRef[] = [];
  const rows: Row[] = [];
  for (let i = 0; i < count; i++) {
    const kind = faker.helpers.weightedArrayElement(organisationKindWeights);
    const country = faker.helpers.arrayElement(reference.countries);
    const cities = reference.citiesByCountry.get(country.code);
    const city = cities && faker.datatype.boolean(0.7) ? faker.helpers.arrayElement(cities).name : null;
    const name = organisationName(faker, kind, country, city);
    const slug = `synthetic-${slugify(name).slice(0, 60)}-${i + 1}`;
    const createdAt = momentBetween(faker, new Date("2010-01-01"), new Date("2026-06-30"));
    const verified = faker.datatype.boolean(0.85);
    const id = `${ids.organisation}${padded(i + 1)}`;
    const international = kind === "INTERGOVERNMENTAL";
    refs.push({ id, kind, country: international ? null : country });
    rows.push({
      id,
      slug,
      name,
      kind,
      countryCode: international ? null : country.code,
      website: `https://example.org/synthetic/${slug}`,
      description: `One of the ${kindPhrases[kind]} working between Asia and Europe. ${SYNTHETIC_NOTE}`,
      verificationStatus: verified ? "VERIFIED" : "UNVERIFIED",
      verifiedAt: verified ? addDays(createdAt, faker.number.int({ min: 1, max: 60 })) : null,
      isSample: true,
      createdAt,
    });
  }
  return { refs, rows };
}
