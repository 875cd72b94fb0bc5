import type { PrismaClient } from "../../lib/generated/prisma/client";
import { loadData } from "./data";
import { HA_LONG_SLUG } from "./documents";

type Claim = { topic: string; statement: string; source: string };

// documented-links.json's Ha Long claims, each statement with the source it names there.
const haLongClaims: Claim[] = [
  {
    topic: "origin",
    statement:
      "The ASEM7 Beijing statement (October 2008) welcomed Viet Nam's initiative for a senior officials' meeting on coordinating cultural activities to raise ASEM's visibility",
    source: "french.china.org.cn (medium confidence)",
  },
  {
    topic: "dates and place",
    statement: "28–29 April 2010, in Ha Long",
    source: "ASEF press release 100505_PR1008 (11 May 2010, asef.org) and culture360's announcement",
  },
  {
    topic: "dates and place",
    statement: "27–29 April 2010, “in Hanoi”",
    source: "culture360's page on the 4th ASEM Culture Ministers' Meeting (Poznan)",
  },
  {
    topic: "organisers",
    statement: "Viet Nam, Hungary and ASEF",
    source: "ASEF press release 100505_PR1008 (11 May 2010, asef.org)",
  },
  {
    topic: "organisers",
    statement:
      "Viet Nam's culture ministry (with the Ministry of Foreign Affairs), co-sponsored by Italy and Hungary",
    source: "culture360's announcement of the workshop",
  },
];

// documented-links.json's other Poznan facts, one source each.
const poznanFacts: Claim[] = [
  {
    topic: "attendance",
    statement: "36 countries, 20 at minister level",
    source: "Rzeczpospolita via aseminfoboard.org (medium confidence)",
  },
  {
    topic: "outcome",
    statement:
      "A joint statement; ministers noted ASEF's relaunched culture360 and the Amsterdam roundtable's recommendations",
    source: "asef.org, “Ministers commend ASEF”",
  },
];

// Rewritten from the data on every run: where sources disagree, each claim with its source.
export async function seedClaims(db: PrismaClient) {
  const { documentedLinks } = loadData();
  const poznan = [
    ...Object.entries(documentedLinks.poznan_2010.dates_disagree).map(([statement, source]) => ({
      topic: "dates",
      statement: `${statement} 2010`,
      source,
    })),
    ...poznanFacts,
  ];
  const [cmm4, workshop] = await Promise.all([
    db.meeting.findUniqueOrThrow({ where: { slug: "cmm4" }, select: { id: true } }),
    db.workshop.findUniqueOrThrow({ where: { slug: HA_LONG_SLUG }, select: { id: true } }),
  ]);
  const rows = [
    ...poznan.map((claim, position) => ({ ...claim, position, meetingId: cmm4.id })),
    ...haLongClaims.map((claim, position) => ({ ...claim, position, workshopId: workshop.id })),
  ];
  await db.$transaction([db.sourceClaim.deleteMany({}), db.sourceClaim.createMany({ data: rows })]);
  return rows.length;
}
