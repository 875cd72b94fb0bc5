import type { Audience } from "../../lib/generated/prisma/enums";
import { ids } from "./guard";
import type { OrganisationRef } from "./organisations";
import { addDays, capitalise, dayBetween, earliest, fakerFor, LATEST, streams } from "./random";
import type { Reference } from "./reference";
import { padded, type Insert, type Row } from "./sql";
import {
  recommendationObjects,
  recommendationStatusWeights,
  recommendationVerbs,
  SYNTHETIC_NOTE,
  topicsByDiscipline,
} from "./vocabulary";

// About as many recommendations per workshop as the real Ha Long workshop's five, times five.
const PER_WORKSHOP = 25;
const allAudiences: Audience[] = [
  "MINISTRIES_OF_CULTURE",
  "MINISTRIES_OF_EDUCATION",
  "MINISTRIES_OF_FOREIGN_AFFAIRS",
  "NGOS_AND_ASSOCIATIONS",
  "ASEF",
  "ASEM_GOVERNMENTS",
  "CULTURAL_PROFESSIONALS",
];

export type Workshop = { id: string; startDate: Date; meetingId: string | null; countryCode: string };

// Workshops to hold the synthetic recommendations, so no one workshop page lists thousands.
export function buildWorkshops(recommendations: number, reference: Reference, seed: number) {
  const faker = fakerFor(seed, streams.workshops);
  const partners = new Set(reference.countries.map((country) => country.code));
  const hosts = reference.cities.filter((city) => partners.has(city.countryCode));
  const topics = Object.values(topicsByDiscipline).flat();
  const workshops: Workshop[] = [];
  const inserts: Insert[] = [
    { table: "Workshop", columns: workshopColumns, rows: [] },
    {
      table: "WorkshopOrganiser",
      columns: { id: "text", workshopId: "text", countryCode: "text" },
      rows: [],
    },
    { table: "WorkshopMeeting", columns: { workshopId: "text", meetingId: "text" }, rows: [] },
  ];
  for (let i = 0; i < Math.ceil(recommendations / PER_WORKSHOP); i++) {
    const id = `${ids.workshop}${padded(i + 1)}`;
    const city = faker.helpers.arrayElement(hosts.length ? hosts : reference.cities);
    const startDate = dayBetween(faker, new Date("2008-01-01"), new Date("2026-06-30"));
    const topic = faker.helpers.arrayElement(topics);
    const title = `ASEM Workshop on ${capitalise(topic)}`;
    const meeting = reference.meetings.find((m) => m.kind === "CULTURE_MINISTERS" && m.startDate > startDate);
    workshops.push({ id, startDate, meetingId: meeting?.id ?? null, countryCode: city.countryCode });
    inserts[0].rows.push({
      id,
      slug: `synthetic-workshop-${i + 1}`,
      title,
      city: city.name,
      place: `${city.name} Cultural Centre`,
      countryCode: city.countryCode,
      startDate,
      endDate: addDays(startDate, faker.number.int({ min: 1, max: 3 })),
      participantCount: faker.number.int({ min: 20, max: 160 }),
      summary: `Cultural professionals and officials from Asia and Europe met in ${city.name} to discuss ${topic}. ${SYNTHETIC_NOTE}`,
      createdAt: startDate,
    });
    inserts[1].rows.push({ id: `${id}-host`, workshopId: id, countryCode: city.countryCode });
    if (meeting) inserts[2].rows.push({ workshopId: id, meetingId: meeting.id });
  }
  return { workshops, inserts };
}

const workshopColumns = {
  id: "text",
  slug: "text",
  title: "text",
  city: "text",
  place: "text",
  countryCode: "text",
  startDate: "date",
  endDate: "date",
  participantCount: "int",
  summary: "text",
  createdAt: "timestamp(3)",
};

const recommendationColumns = {
  id: "text",
  workshopId: "text",
  title: "text",
  text: "text",
  audiences: '"Audience"[]',
  status: '"RecommendationStatus"',
  forwardedToMeetingId: "text",
  submittedByOrganisationId: "text",
  visibility: '"Visibility"',
  hiddenReason: "text",
  endorsementCount: "int",
  isSample: "boolean",
  position: "int",
  submittedAt: "timestamp(3)",
  updatedAt: "timestamp(3)",
};

const changeColumns = {
  id: "text",
  recommendationId: "text",
  fromStatus: '"RecommendationStatus"',
  toStatus: '"RecommendationStatus"',
  meetingId: "text",
  note: "text",
  changedAt: "timestamp(3)",
};

export type Target = { key: string; id: string; owner: number; count: number; createdAt: Date };

export function buildRecommendations(
  counts: number[],
  workshops: Workshop[],
  organisations: OrganisationRef[],
  seed: number,
) {
  const faker = fakerFor(seed, streams.recommendations);
  const rows: Row[] = [];
  const changes: Row[] = [];
  const targets: Target[] = [];
  counts.forEach((count, i) => {
    const id = `${ids.recommendation}${padded(i + 1)}`;
    const workshop = workshops[i % workshops.length];
    const owner = faker.number.int(organisations.length - 1);
    const title = `${faker.helpers.arrayElement(recommendationVerbs)} ${faker.helpers.arrayElement(recommendationObjects)}`;
    const status = faker.helpers.weightedArrayElement(recommendationStatusWeights);
    const forwarded = !["SUBMITTED", "UNDER_REVIEW"].includes(status) && workshop.meetingId;
    const submittedAt = addDays(workshop.startDate, faker.number.int({ min: 0, max: 30 }));
    const hidden = faker.datatype.boolean(0.01);
    rows.push({
      id,
      workshopId: workshop.id,
      title,
      text: `Participants recommend that ASEM partners ${title.charAt(0).toLowerCase()}${title.slice(1)}, ${faker.helpers.arrayElement(["so that exchanges outlast single events", "building on existing networks", "with a review after three years", "in cooperation with ASEF"])}.\n\n${SYNTHETIC_NOTE}`,
      audiences: faker.helpers.arrayElements(allAudiences, { min: 1, max: 3 }),
      status,
      forwardedToMeetingId: forwarded ? workshop.meetingId : null,
      submittedByOrganisationId: organisations[owner].id,
      visibility: hidden ? "HIDDEN" : "PUBLISHED",
      hiddenReason: hidden ? "Hidden by moderators (synthetic data)." : null,
      endorsementCount: count,
      isSample: true,
      position: Math.floor(i / workshops.length),
      submittedAt,
      updatedAt: submittedAt,
    });
    changes.push({ id: `${id}-1`, recommendationId: id, toStatus: "SUBMITTED", changedAt: submittedAt });
    if (status !== "SUBMITTED")
      changes.push({
        id: `${id}-2`,
        recommendationId: id,
        fromStatus: "SUBMITTED",
        toStatus: status,
        meetingId: forwarded ? workshop.meetingId : null,
        note: "Status changed by the portal's editors (synthetic data).",
        changedAt: earliest(addDays(submittedAt, faker.number.int({ min: 20, max: 200 })), LATEST),
      });
    targets.push({ key: `r${padded(i + 1)}`, id, owner, count, createdAt: submittedAt });
  });
  return {
    targets,
    inserts: [
      { table: "Recommendation", columns: recommendationColumns, rows },
      { table: "RecommendationStatusChange", columns: changeColumns, rows: changes },
    ] satisfies Insert[],
  };
}
