import type { Audience, OrganisationKind, PrismaClient } from "../../lib/generated/prisma/client";
import { loadData } from "./data";

// What the two source documents state: the 2010 ASEF press release on the Ha Long
// workshop, and the Cultural Relations Platform study on ECoC–CCEA cooperation.
const PRESS_RELEASE_URL = "http://asef.org/index.php?option=com_project&task=view&id=624";
export const HA_LONG_SLUG = "ha-long-2010";

const organisations: {
  slug: string;
  name: string;
  kind: OrganisationKind;
  countryCode: string | null;
  website?: string;
  description: string;
}[] = [
  {
    slug: "asef",
    name: "Asia-Europe Foundation (ASEF)",
    kind: "INTERGOVERNMENTAL",
    countryCode: "SG",
    website: "https://www.asef.org",
    description:
      "Established in February 1997 by the participating governments of ASEM, ASEF promotes greater mutual understanding between Asia and Europe through intellectual, cultural and people-to-people exchanges. It manages the online platform Culture360.org.",
  },
  {
    slug: "unesco-viet-nam",
    name: "UNESCO Office in Viet Nam",
    kind: "INTERGOVERNMENTAL",
    countryCode: "VN",
    description:
      "Took part in the 2010 ASEM Workshop on Enhancing ASEM Visibility through Cultural Activities.",
  },
  {
    slug: "european-commission",
    name: "European Commission",
    kind: "INTERGOVERNMENTAL",
    countryCode: "EU",
    description:
      "Commissioned the study on cooperation between European Capitals of Culture and Culture Cities of East Asia.",
  },
  {
    slug: "eu-delegation-to-china",
    name: "Delegation of the European Union to China",
    kind: "INTERGOVERNMENTAL",
    countryCode: "CN",
    description: "Commissioned, with the European Commission, the study on ECoC–CCEA cooperation.",
  },
  {
    slug: "goethe-institut-brussels",
    name: "Goethe-Institut Brussels",
    kind: "CULTURAL_INSTITUTION",
    countryCode: "BE",
    description: "Leader of the consortium implementing the Cultural Relations Platform.",
  },
  {
    slug: "european-cultural-foundation",
    name: "European Cultural Foundation",
    kind: "FOUNDATION",
    countryCode: "NL",
    description: "Member of the consortium implementing the Cultural Relations Platform.",
  },
  {
    slug: "ietm",
    name: "IETM – International Network for Contemporary Performing Arts",
    kind: "NGO_OR_ASSOCIATION",
    countryCode: "BE",
    description: "Member of the consortium implementing the Cultural Relations Platform.",
  },
  {
    slug: "university-of-siena",
    name: "University of Siena",
    kind: "UNIVERSITY",
    countryCode: "IT",
    description: "Member of the consortium implementing the Cultural Relations Platform.",
  },
  {
    slug: "cultural-relations-platform",
    name: "Cultural Relations Platform",
    kind: "NGO_OR_ASSOCIATION",
    countryCode: null,
    description:
      "Implemented by a consortium of the Goethe-Institut Brussels (leader), the European Cultural Foundation, IETM and the University of Siena; prepared the study on ECoC–CCEA cooperation.",
  },
];

const recommendations: { title: string; text: string; audiences: Audience[] }[] = [
  {
    title: "Coordinate culture, education and foreign-affairs ministries",
    text: "Officials from the culture, education and foreign affairs ministries of the ASEM member countries should coordinate better to promote cultural cooperation between Asia and Europe in a more comprehensive and integrated way.",
    audiences: [
      "MINISTRIES_OF_CULTURE",
      "MINISTRIES_OF_EDUCATION",
      "MINISTRIES_OF_FOREIGN_AFFAIRS",
      "ASEM_GOVERNMENTS",
    ],
  },
  {
    title: "Activate networks of cultural professionals and build new ones, especially in Asia",
    text: "Since cultural diplomacy today is more about people-to-people activities, multilateral projects and long-term relationships among various groups, existing networks of professionals should be activated and the establishment of new ones facilitated. This is particularly important in Asia, where networking across borders within the cultural sector is less developed than in Europe.",
    audiences: ["CULTURAL_PROFESSIONALS", "ASEM_GOVERNMENTS", "NGOS_AND_ASSOCIATIONS"],
  },
  {
    title: "Let NGOs and associations help build these networks",
    text: "NGOs and associations can play an important role in promoting mutual understanding by actively assisting to build up networks of cultural professionals.",
    audiences: ["NGOS_AND_ASSOCIATIONS"],
  },
  {
    title: "Recognise ASEF as facilitator of Asia–Europe cultural interaction",
    text: "Participants welcomed the key role played by the Asia-Europe Foundation (ASEF) as a facilitator of cultural interactions between Asia and Europe.",
    audiences: ["ASEF", "ASEM_GOVERNMENTS"],
  },
  {
    title: "Keep supporting Culture360.org",
    text: "ASEM governments should continue to support the online platform Culture360.org, managed by ASEF, which can become a highly effective tool for ASEM cultural cooperation, connecting millions of cultural practitioners and raising awareness of the ASEM informal dialogue process.",
    audiences: ["ASEM_GOVERNMENTS", "ASEF"],
  },
];

export async function seedDocuments(db: PrismaClient) {
  for (const { slug, ...data } of organisations) {
    const row = {
      ...data,
      website: data.website ?? null,
      verificationStatus: "VERIFIED" as const,
      isSample: false,
    };
    await db.organisation.upsert({ where: { slug }, create: { slug, ...row }, update: row });
  }
  const orgId = async (slug: string) =>
    (await db.organisation.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;
  const meeting = (slug: string) =>
    db.meeting.findUniqueOrThrow({ where: { slug }, select: { id: true, startDate: true } });
  const [cmm4, asem8] = [await meeting("cmm4"), await meeting("asem8")];

  const workshopData = {
    title: "ASEM Workshop on Enhancing ASEM Visibility through Cultural Activities",
    city: "Ha Long City",
    place: "Ha Long City, Quang Ninh Province",
    countryCode: "VN",
    startDate: new Date("2010-04-28"),
    endDate: new Date("2010-04-29"),
    participantCount: 100,
    participantNote:
      "Over 100 participants from ASEM countries, including senior officials, NGO representatives and other cultural experts, as well as ASEF, UNESCO in Viet Nam and representatives from Australia and Russia.",
    summary:
      "A joint initiative by Viet Nam, Hungary and ASEF. Participants called on the culture, education and foreign affairs ministries of ASEM countries to coordinate better, so that cultural cooperation between Asia and Europe is promoted in a more comprehensive and integrated way. The workshop stressed activating existing networks of cultural professionals and building new ones, above all in Asia, the role of NGOs and associations, ASEF's role as facilitator, and continued support for Culture360.org. Its recommendations were to be submitted to the 4th ASEM Culture Ministers' Meeting in Poznan (7–9 September 2010, as the press release dates it; later sources give other dates) and the ASEM8 Summit in Brussels (4–5 October 2010).",
    // As the press release, in English.
    language: "en",
    sourceUrl: PRESS_RELEASE_URL,
    sourceTitle:
      "ASEF press release: Experts call for a more comprehensive and integrated approach towards cultural cooperation between Asia and Europe",
  };
  const workshop = await db.workshop.upsert({
    where: { slug: HA_LONG_SLUG },
    create: { slug: HA_LONG_SLUG, ...workshopData },
    update: workshopData,
    select: { id: true },
  });
  await db.workshopOrganiser.createMany({
    data: [
      { workshopId: workshop.id, countryCode: "VN", position: 1 },
      { workshopId: workshop.id, countryCode: "HU", position: 2 },
      { workshopId: workshop.id, organisationId: await orgId("asef"), position: 3 },
    ],
    skipDuplicates: true,
  });
  await db.workshopMeeting.createMany({
    data: [cmm4, asem8].map((m) => ({ workshopId: workshop.id, meetingId: m.id })),
    skipDuplicates: true,
  });

  for (const [index, recommendation] of recommendations.entries()) {
    const position = index + 1;
    const existing = await db.recommendation.findFirst({
      where: { workshopId: workshop.id, position, isSample: false },
      select: { id: true },
    });
    if (existing) continue;
    await db.recommendation.create({
      data: {
        ...recommendation,
        workshopId: workshop.id,
        position,
        status: "FORWARDED",
        forwardedToMeetingId: asem8.id,
        submittedByLabel: "Workshop participants",
        // The press release's English wording.
        language: "en",
        submittedAt: workshopData.endDate,
        statusChanges: {
          create: [
            {
              toStatus: "SUBMITTED",
              changedAt: workshopData.endDate,
              note: "Adopted by the workshop participants, Ha Long City",
            },
            {
              fromStatus: "SUBMITTED",
              toStatus: "FORWARDED",
              meetingId: cmm4.id,
              changedAt: cmm4.startDate ?? workshopData.endDate,
              note: "Submitted to the 4th ASEM Culture Ministers' Meeting, Poznan, as announced in the ASEF press release",
            },
            {
              fromStatus: "FORWARDED",
              toStatus: "FORWARDED",
              meetingId: asem8.id,
              changedAt: asem8.startDate ?? workshopData.endDate,
              note: "Submitted to the ASEM8 Summit, Brussels, as announced in the ASEF press release",
            },
          ],
        },
      },
    });
  }

  await seedPublications(db, orgId);
  return { workshop: HA_LONG_SLUG, organisations: organisations.length };
}

async function seedPublications(db: PrismaClient, orgId: (slug: string) => Promise<string>) {
  const { study } = loadData().documentedLinks;
  const publications = [
    {
      slug: "asef-press-release-ha-long-2010",
      title:
        "Experts call for a more comprehensive and integrated approach towards cultural cooperation between Asia and Europe",
      publisher: "Asia-Europe Foundation (ASEF)",
      summary:
        "Press release on the ASEM Workshop on Enhancing ASEM Visibility through Cultural Activities (Ha Long City, Viet Nam, 28–29 April 2010) and its recommendations to the 4th ASEM Culture Ministers' Meeting and the ASEM8 Summit.",
      url: PRESS_RELEASE_URL,
      year: 2010,
      workshopSlug: HA_LONG_SLUG,
      organisations: [["asef", "publisher"]],
    },
    {
      slug: "crp-study-ecoc-ccea",
      title: "Cooperation between European Capitals of Culture and Culture Cities of East Asia",
      publisher: "Cultural Relations Platform",
      summary:
        `By ${study.author}, for the ${study.prepared_for} (fieldwork ${study.fieldwork}; published ${study.published}). Its four questions: ${study.questions.join(" ")} ` +
        `Sources name its makers differently: ${study.carried_out_by}, in the address below; the Cultural Relations Platform's own page names a consortium of the Goethe-Institut Brussels (leader), the European Cultural Foundation, IETM and the University of Siena. ` +
        "Study commissioned by the European Commission and the EU Delegation to China assessing the potential and challenges of a strategic partnership between the European Capitals of Culture and the Culture City of East Asia initiative of Japan, China and South Korea, focused on cooperation with Culture Cities of East Asia in China. A good match can benefit artist mobility, cooperation projects, co-creations, cross-sector networking, capacity-building, branding and consultancy, and lead to cooperation with the creative sector, tourism, energy and environment, business, rural development, care, education, health and technology.",
      url: study.sources[0],
      year: Number(study.published.slice(0, 4)),
      workshopSlug: null,
      organisations: [
        ["european-commission", "commissioned"],
        ["eu-delegation-to-china", "commissioned"],
        ["goethe-institut-brussels", "consortium leader"],
        ["european-cultural-foundation", "consortium member"],
        ["ietm", "consortium member"],
        ["university-of-siena", "consortium member"],
        ["cultural-relations-platform", "author"],
      ],
    },
  ];
  for (const { organisations: links, slug, ...data } of publications) {
    const publication = await db.publication.upsert({
      where: { slug },
      create: { slug, ...data },
      update: data,
    });
    for (const [organisationSlug, role] of links) {
      const organisationId = await orgId(organisationSlug);
      await db.publicationOrganisation.upsert({
        where: { publicationId_organisationId: { publicationId: publication.id, organisationId } },
        create: { publicationId: publication.id, organisationId, role },
        update: { role },
      });
    }
  }
}
