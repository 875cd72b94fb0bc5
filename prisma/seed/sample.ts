import slugify from "@sindresorhus/slugify";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { HA_LONG_SLUG } from "./documents";
import { citySlug } from "./reference";
import { projectThemes, samplePartnerships, sampleRecommendations } from "./sample-content";
import { sampleOrganisations } from "./sample-organisations";

const DAY = 86_400_000;
const FIRST_CREATED = Date.UTC(2023, 0, 9);

// Demo content, all flagged isSample: deterministic, so every run yields the same rows.
export async function seedSample(db: PrismaClient) {
  await db.organisation.createMany({
    data: sampleOrganisations.map((org) => ({
      ...org,
      isSample: true,
      website: `https://example.org/${org.slug.replace(/^sample-/, "")}`,
      description: "A fictional organisation included as sample data to demonstrate the portal.",
    })),
    skipDuplicates: true,
  });
  const orgs = await db.organisation.findMany({
    where: { isSample: true },
    select: { id: true, slug: true, countryCode: true, country: { select: { region: true } } },
    orderBy: { slug: "asc" },
  });
  const orgBySlug = new Map(orgs.map((org) => [org.slug, org]));

  const partnershipIds = await seedPartnerships(db);
  const workshop = await db.workshop.findUniqueOrThrow({
    where: { slug: HA_LONG_SLUG },
    select: { id: true },
  });
  const realRecommendations = await db.recommendation.findMany({
    where: { workshopId: workshop.id, isSample: false },
    select: { id: true },
    orderBy: { position: "asc" },
  });

  const designations = await db.designation.findMany({
    where: { year: { gte: 2016, lte: 2026 } },
    select: { programme: true, city: { select: { id: true, name: true, countryCode: true } } },
    orderBy: [{ year: "asc" }, { city: { name: "asc" } }],
  });
  const ecocCities = designations.filter((d) => d.programme === "ECOC").map((d) => d.city);
  const cceaCities = designations.filter((d) => d.programme === "CCEA").map((d) => d.city);

  const projects = Array.from({ length: projectThemes.length * 3 }, (_, i) => {
    const theme = projectThemes[i % projectThemes.length];
    const lead = orgs[(i * 7) % orgs.length];
    const partner = orgs.filter((o) => o.country?.region !== lead.country?.region)[(i * 5) % 12];
    // A project linked to a pairing is about the pairing's two cities, never two others.
    const pairingIndex = i % 6 === 0 ? (i / 6) % partnershipIds.length : null;
    const pairing = pairingIndex === null ? null : samplePartnerships[pairingIndex];
    const cityOf = (cities: typeof ecocCities, [name, country]: readonly [string, string, number]) =>
      cities.find((city) => city.name === name && city.countryCode === country)!;
    const ecocCity = pairing ? cityOf(ecocCities, pairing.ecoc) : ecocCities[(i * 5) % ecocCities.length];
    const cceaCity = pairing ? cityOf(cceaCities, pairing.ccea) : cceaCities[(i * 3) % cceaCities.length];
    const title = `${theme.title}: ${ecocCity.name} – ${cceaCity.name}`;
    const createdAt = new Date(FIRST_CREATED + i * 23 * DAY);
    const startDate = new Date(Date.UTC(2023 + (i % 4), (i * 2) % 12, 1));
    return {
      slug: `sample-${slugify(title)}`,
      title,
      summary: theme.summary,
      description: [
        `${theme.summary} The project connects ${ecocCity.name} and ${cceaCity.name}, a European Capital of Culture and a Culture City of East Asia.`,
        "Partners meet twice a year, alternating between the two cities, and publish what they learn for other cultural organisations in Asia and Europe.",
        "This is sample data: the project, its organisations and its dates are illustrative, not real.",
      ].join("\n\n"),
      leadOrganisationId: lead.id,
      disciplines: theme.disciplines,
      cooperationAreas: theme.areas,
      startDate,
      endDate: new Date(startDate.getTime() + (180 + (i % 5) * 90) * DAY),
      website: `https://example.org/projects/${i + 1}`,
      partnershipId: pairingIndex === null ? null : partnershipIds[pairingIndex],
      workshopId: i % 8 === 3 ? workshop.id : null,
      recommendationId: i % 10 === 5 ? realRecommendations[i % realRecommendations.length].id : null,
      isSample: true,
      createdAt,
      links: {
        partner,
        cities: [ecocCity.id, cceaCity.id],
        countries: [lead.countryCode, partner.countryCode, ecocCity.countryCode, cceaCity.countryCode],
      },
    };
  });

  // Sample projects an earlier seed made that this one no longer does (they contradicted their pairing).
  await db.project.deleteMany({
    where: { isSample: true, slug: { startsWith: "sample-", notIn: projects.map((p) => p.slug) } },
  });
  await db.project.createMany({
    data: projects.map(({ links, ...project }) => project),
    skipDuplicates: true,
  });
  const projectIds = new Map(
    (await db.project.findMany({ where: { isSample: true }, select: { id: true, slug: true } })).map((p) => [
      p.slug,
      p.id,
    ]),
  );
  const rows = projects.map((project) => ({ ...project, id: projectIds.get(project.slug)! }));
  await db.projectPartner.createMany({
    data: rows.map((p) => ({ projectId: p.id, organisationId: p.links.partner.id })),
    skipDuplicates: true,
  });
  await db.projectCity.createMany({
    data: rows.flatMap((p) => p.links.cities.map((cityId) => ({ projectId: p.id, cityId }))),
    skipDuplicates: true,
  });
  await db.projectCountry.createMany({
    data: rows.flatMap((p) =>
      [...new Set(p.links.countries)]
        .filter((code): code is string => !!code)
        .map((countryCode) => ({ projectId: p.id, countryCode })),
    ),
    skipDuplicates: true,
  });

  const recommendationIds = await seedSampleRecommendations(db, workshop.id, orgBySlug);

  // Endorsements: never by the lead organisation, at most one per organisation per entry.
  const projectEndorsements = rows.flatMap((project, i) =>
    orgs
      .filter((org) => org.id !== project.leadOrganisationId)
      .filter((_, j) => (i * 3 + j * 5) % 7 === 0)
      .slice(0, i % 6)
      .map((org, j) => ({
        organisationId: org.id,
        projectId: project.id,
        isSample: true,
        statement: j === 0 && i % 3 === 0 ? "We have worked with this team and support the project." : null,
        createdAt: new Date(project.createdAt.getTime() + (j + 1) * 3 * DAY),
      })),
  );
  const recommendationEndorsements = recommendationIds.flatMap((recommendationId, i) =>
    orgs
      .slice(i * 4, i * 4 + 2 + i)
      .map((org) => ({ organisationId: org.id, recommendationId, isSample: true })),
  );
  await db.endorsement.createMany({
    data: [...projectEndorsements, ...recommendationEndorsements],
    skipDuplicates: true,
  });
  await db.$executeRaw`UPDATE "Project" p SET "endorsementCount" = (SELECT count(*) FROM "Endorsement" e WHERE e."projectId" = p.id)`;
  await db.$executeRaw`UPDATE "Recommendation" r SET "endorsementCount" = (SELECT count(*) FROM "Endorsement" e WHERE e."recommendationId" = r.id)`;

  return { organisations: orgs.length, projects: rows.length, partnerships: partnershipIds.length };
}

async function seedPartnerships(db: PrismaClient) {
  const ids: string[] = [];
  for (const [index, pairing] of samplePartnerships.entries()) {
    const designation = async (programme: "ECOC" | "CCEA", [name, country, year]: [string, string, number]) =>
      (
        await db.designation.findFirstOrThrow({
          where: { programme, year, city: { slug: citySlug(name, country) } },
          select: { id: true },
        })
      ).id;
    const ecocDesignationId = await designation("ECOC", pairing.ecoc);
    const cceaDesignationId = await designation("CCEA", pairing.ccea);
    const key = { ecocDesignationId_cceaDesignationId: { ecocDesignationId, cceaDesignationId } };
    const existing = await db.cityPartnership.findUnique({ where: key, select: { id: true } });
    if (existing) {
      ids.push(existing.id);
      continue;
    }
    const path = (["PROPOSED", "EXPLORING", "ACTIVE", "CONCLUDED"] as const).slice(
      0,
      ["PROPOSED", "EXPLORING", "ACTIVE", "CONCLUDED"].indexOf(pairing.status) + 1,
    );
    const createdAt = new Date(Date.UTC(2024, index * 2, 15));
    const created = await db.cityPartnership.create({
      data: {
        ecocDesignationId,
        cceaDesignationId,
        status: pairing.status,
        cooperationAreas: pairing.areas,
        sectors: pairing.sectors,
        rationale: pairing.rationale,
        isSample: true,
        createdAt,
        statusChanges: {
          create: path.map((toStatus, step) => ({
            fromStatus: step === 0 ? null : path[step - 1],
            toStatus,
            changedAt: new Date(createdAt.getTime() + step * 75 * DAY),
            note:
              step === 0
                ? "Pairing proposed (sample data)."
                : `Moved to ${toStatus.toLowerCase()} (sample data).`,
          })),
        },
      },
      select: { id: true },
    });
    ids.push(created.id);
  }
  return ids;
}

async function seedSampleRecommendations(
  db: PrismaClient,
  workshopId: string,
  orgBySlug: Map<string, { id: string }>,
) {
  const ids: string[] = [];
  for (const [index, sample] of sampleRecommendations.entries()) {
    const existing = await db.recommendation.findFirst({
      where: { workshopId, title: sample.title, isSample: true },
      select: { id: true },
    });
    if (existing) {
      ids.push(existing.id);
      continue;
    }
    const submittedAt = new Date(Date.UTC(2025, index * 2, 10));
    const created = await db.recommendation.create({
      data: {
        workshopId,
        title: sample.title,
        text: `${sample.text}\n\nThis is sample data: an illustrative recommendation, not a real one.`,
        audiences: [...sample.audiences],
        status: sample.status,
        submittedByOrganisationId: orgBySlug.get(sample.organisation)!.id,
        isSample: true,
        position: 100 + index,
        submittedAt,
        statusChanges: {
          create: [
            { toStatus: "SUBMITTED", changedAt: submittedAt, note: "Submitted (sample data)." },
            ...(sample.status === "SUBMITTED"
              ? []
              : [
                  {
                    fromStatus: "SUBMITTED" as const,
                    toStatus: sample.status,
                    changedAt: new Date(submittedAt.getTime() + 30 * DAY),
                    note: "Status changed by the portal's editors (sample data).",
                  },
                ]),
          ],
        },
      },
      select: { id: true },
    });
    ids.push(created.id);
  }
  return ids;
}
