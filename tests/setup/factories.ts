import { randomInt, randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { nextRecommendationPosition } from "@/lib/recommendation-positions";

// Rows for integration tests, built on the seeded reference data. Slugs and names
// are unique, because every test file of a worker shares one database.
export function uniqueSlug(prefix = "test") {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

// A word no seeded or other test row contains, so a search for it returns only this test's
// rows. The tail is consonants without s, l or y, which the English stemmer leaves alone.
export function uniqueWord(prefix: string) {
  const letters = "bcdfghjkmnpqrtvwxz";
  return prefix + Array.from({ length: 8 }, () => letters[randomInt(letters.length)]).join("");
}

export async function createOrganisation(overrides: Partial<Prisma.OrganisationUncheckedCreateInput> = {}) {
  const slug = overrides.slug ?? uniqueSlug("organisation");
  return db.organisation.create({
    data: {
      slug,
      name: `Test organisation ${slug}`,
      kind: "NGO_OR_ASSOCIATION",
      countryCode: "VN",
      ...overrides,
    },
  });
}

type ProjectOptions = Partial<Omit<Prisma.ProjectUncheckedCreateInput, "countries" | "partners">> & {
  countries?: string[];
  partnerIds?: string[];
};

export async function createProject({
  countries = ["VN", "FR"],
  partnerIds = [],
  ...overrides
}: ProjectOptions = {}) {
  const slug = overrides.slug ?? uniqueSlug("project");
  const leadOrganisationId = overrides.leadOrganisationId ?? (await createOrganisation()).id;
  return db.project.create({
    data: {
      slug,
      title: `Test project ${slug}`,
      summary: "A project made by a test.",
      description: "A project made by a test, with a longer description.",
      disciplines: ["HERITAGE"],
      cooperationAreas: ["ARTIST_MOBILITY"],
      startDate: new Date("2024-03-01"),
      endDate: new Date("2025-06-30"),
      ...overrides,
      leadOrganisationId,
      countries: { create: countries.map((countryCode) => ({ countryCode })) },
      partners: { create: partnerIds.map((organisationId) => ({ organisationId })) },
    },
  });
}

export async function createRecommendation(
  overrides: Partial<Prisma.RecommendationUncheckedCreateInput> = {},
) {
  const workshopId =
    overrides.workshopId ??
    (await db.workshop.findUniqueOrThrow({ where: { slug: "ha-long-2010" }, select: { id: true } })).id;
  const title = overrides.title ?? `Test recommendation ${randomUUID().slice(0, 8)}`;
  return db.$transaction(async (tx) =>
    tx.recommendation.create({
      data: {
        title,
        text: `${title}: what a test recommends.`,
        audiences: ["MINISTRIES_OF_CULTURE"],
        submittedByLabel: "A test",
        position: overrides.position ?? (await nextRecommendationPosition(tx, workshopId)),
        ...overrides,
        workshopId,
      },
    }),
  );
}

// A workshop of the test's own, so that filtering by it yields only the test's recommendations.
export async function createWorkshop(overrides: Partial<Prisma.WorkshopUncheckedCreateInput> = {}) {
  const slug = overrides.slug ?? uniqueSlug("workshop");
  return db.workshop.create({
    data: {
      slug,
      title: `Test workshop ${slug}`,
      city: "Tartu",
      place: "Tartu, Estonia",
      countryCode: "EE",
      startDate: new Date("2026-05-01"),
      endDate: new Date("2026-05-02"),
      summary: "A workshop made by a test.",
      ...overrides,
    },
  });
}

// Pairs a real ECoC designation with a real CCEA designation that are not paired yet.
export async function createPartnership(overrides: Partial<Prisma.CityPartnershipUncheckedCreateInput> = {}) {
  const [designations, taken] = await Promise.all([
    db.designation.findMany({ select: { id: true, programme: true } }),
    db.cityPartnership.findMany({ select: { ecocDesignationId: true, cceaDesignationId: true } }),
  ]);
  const pick = (programme: "ECOC" | "CCEA") =>
    designations.filter((designation) => designation.programme === programme).map(({ id }) => id);
  const pairs = new Set(taken.map((pair) => `${pair.ecocDesignationId} ${pair.cceaDesignationId}`));
  const ecoc = overrides.ecocDesignationId ? [overrides.ecocDesignationId] : shuffle(pick("ECOC"));
  const ccea = overrides.cceaDesignationId ? [overrides.cceaDesignationId] : shuffle(pick("CCEA"));
  const free = ecoc
    .flatMap((e) => ccea.map((c) => [e, c] as const))
    .find(([e, c]) => !pairs.has(`${e} ${c}`));
  if (!free) throw new Error("No unpaired ECoC and CCEA designations are left for createPartnership");
  return db.cityPartnership.create({
    data: {
      rationale: "Paired by a test.",
      cooperationAreas: ["ARTIST_MOBILITY"],
      sectors: ["TOURISM"],
      ...overrides,
      ecocDesignationId: free[0],
      cceaDesignationId: free[1],
    },
  });
}

type EndorsementOptions = Partial<Prisma.EndorsementUncheckedCreateInput> &
  ({ projectId: string; recommendationId?: never } | { recommendationId: string; projectId?: never });

// Keeps the stored counter in step, as the endorse actions do.
export async function createEndorsement(options: EndorsementOptions) {
  const organisationId = options.organisationId ?? (await createOrganisation()).id;
  return db.$transaction(async (tx) => {
    const endorsement = await tx.endorsement.create({ data: { ...options, organisationId } });
    const increment = { endorsementCount: { increment: 1 } };
    if (options.projectId) await tx.project.update({ where: { id: options.projectId }, data: increment });
    else await tx.recommendation.update({ where: { id: options.recommendationId }, data: increment });
    return endorsement;
  });
}

// Three status changes dated a month apart in the order given, stored out of that order
// (last, first, middle), for the reads that must list a history by date.
export async function createHistoryOutOfOrder<Status extends string>(
  [first, middle, last]: [Status, Status, Status],
  create: (toStatus: Status, changedAt: Date) => Promise<unknown>,
) {
  await create(last, new Date("2026-03-01"));
  await create(first, new Date("2026-01-01"));
  await create(middle, new Date("2026-02-01"));
}

function shuffle<T>(items: T[]): T[] {
  return items
    .map((item) => [Math.random(), item] as const)
    .sort(([a], [b]) => a - b)
    .map(([, item]) => item);
}
