import type {
  CooperationArea,
  Discipline,
  PartnershipStatus,
  Sector,
} from "../../lib/generated/prisma/client";

// Themes the sample projects are built from: each becomes three projects led by
// different sample organisations in different city pairs.
export const projectThemes: {
  title: string;
  summary: string;
  disciplines: Discipline[];
  areas: CooperationArea[];
}[] = [
  {
    title: "Shared Stages residency",
    summary:
      "Choreographers from both regions spend eight weeks in each other's cities and create a joint dance piece.",
    disciplines: ["PERFORMING_ARTS"],
    areas: ["ARTIST_MOBILITY", "CO_CREATIONS"],
  },
  {
    title: "River Archives",
    summary: "Oral histories of river communities recorded, translated and shown as a travelling exhibition.",
    disciplines: ["HERITAGE", "RESEARCH"],
    areas: ["COOPERATION_PROJECTS"],
  },
  {
    title: "Sound of Two Coasts",
    summary: "A music exchange pairing traditional ensembles with contemporary composers for a concert tour.",
    disciplines: ["MUSIC"],
    areas: ["ARTIST_MOBILITY", "CO_CREATIONS"],
  },
  {
    title: "Open Frames film lab",
    summary: "Young film makers co-write and shoot short films with mentors from partner festivals.",
    disciplines: ["FILM"],
    areas: ["CAPACITY_BUILDING", "CO_CREATIONS"],
  },
  {
    title: "Translating the City",
    summary:
      "Writers in residence translate each other's work and publish a bilingual anthology of urban stories.",
    disciplines: ["LITERATURE"],
    areas: ["ARTIST_MOBILITY"],
  },
  {
    title: "Crafts Futures",
    summary: "Makers and designers revive endangered craft techniques and develop new products together.",
    disciplines: ["CRAFTS", "DESIGN"],
    areas: ["CROSS_SECTOR_NETWORKING", "CAPACITY_BUILDING"],
  },
  {
    title: "Heritage Cities Toolkit",
    summary: "City heritage officers share methods for managing historic centres and cultural tourism.",
    disciplines: ["HERITAGE", "ARCHITECTURE"],
    areas: ["CONSULTANCY", "CAPACITY_BUILDING"],
  },
  {
    title: "Digital Lanterns",
    summary: "Media artists build light installations that connect public squares by live data.",
    disciplines: ["DIGITAL_ARTS", "VISUAL_ARTS"],
    areas: ["CO_CREATIONS", "CROSS_SECTOR_NETWORKING"],
  },
  {
    title: "Culture Capitals Brand Lab",
    summary:
      "Communication teams of title cities compare how a culture year builds a city's international profile.",
    disciplines: ["DESIGN"],
    areas: ["BRANDING", "CONSULTANCY"],
  },
  {
    title: "Curators in Motion",
    summary: "Exchange programme for mid-career curators, ending with a co-curated exhibition in each city.",
    disciplines: ["VISUAL_ARTS"],
    areas: ["ARTIST_MOBILITY", "CAPACITY_BUILDING"],
  },
  {
    title: "Festival Bridges network",
    summary: "Festival directors build a lasting network to co-commission and tour productions.",
    disciplines: ["PERFORMING_ARTS", "MUSIC"],
    areas: ["COOPERATION_PROJECTS", "CROSS_SECTOR_NETWORKING"],
  },
  {
    title: "Living Architecture",
    summary:
      "Architecture students and practitioners study climate-adapted vernacular building in both regions.",
    disciplines: ["ARCHITECTURE", "RESEARCH"],
    areas: ["COOPERATION_PROJECTS", "CAPACITY_BUILDING"],
  },
  {
    title: "Puppetry Without Borders",
    summary: "Puppet theatres share repertoires and create a joint production for family audiences.",
    disciplines: ["PERFORMING_ARTS", "CRAFTS"],
    areas: ["CO_CREATIONS"],
  },
  {
    title: "Museum Night Exchange",
    summary: "Museums swap night programmes and train staff in audience development.",
    disciplines: ["HERITAGE", "VISUAL_ARTS"],
    areas: ["CAPACITY_BUILDING", "BRANDING"],
  },
  {
    title: "Poetry on the Move",
    summary: "Poems from partner cities shown on public transport, with readings and school workshops.",
    disciplines: ["LITERATURE"],
    areas: ["COOPERATION_PROJECTS", "BRANDING"],
  },
  {
    title: "Games and Myths studio",
    summary: "Game developers and folklorists co-create a game drawing on the myths of both regions.",
    disciplines: ["DIGITAL_ARTS", "RESEARCH"],
    areas: ["CROSS_SECTOR_NETWORKING", "CO_CREATIONS"],
  },
];

// Sample pairings of real designations (ECoC city, year ↔ CCEA city, year).
export const samplePartnerships: {
  ecoc: [string, string, number];
  ccea: [string, string, number];
  status: PartnershipStatus;
  areas: CooperationArea[];
  sectors: Sector[];
  rationale: string;
}[] = [
  {
    ecoc: ["Matera", "IT", 2019],
    ccea: ["Xi'an", "CN", 2019],
    status: "ACTIVE",
    areas: ["ARTIST_MOBILITY", "CO_CREATIONS", "BRANDING"],
    sectors: ["TOURISM", "CREATIVE_SECTOR"],
    rationale:
      "Both held their title in 2019 and are ancient cities whose heritage shapes tourism; a match for artist mobility, co-creations and shared branding of heritage cities.",
  },
  {
    ecoc: ["Galway", "IE", 2020],
    ccea: ["Kitakyushu", "JP", 2020],
    status: "EXPLORING",
    areas: ["COOPERATION_PROJECTS", "CAPACITY_BUILDING"],
    sectors: ["EDUCATION", "ENERGY_AND_ENVIRONMENT"],
    rationale:
      "Both saw their 2020 programmes reshaped by COVID-19; exchanging what they learned about running a culture year in a crisis is a capacity-building opportunity.",
  },
  {
    ecoc: ["Kaunas", "LT", 2022],
    ccea: ["Gyeongju", "KR", 2022],
    status: "PROPOSED",
    areas: ["CROSS_SECTOR_NETWORKING", "CONSULTANCY"],
    sectors: ["TECHNOLOGY", "BUSINESS"],
    rationale:
      "Title holders in the same year with strong university and technology sectors: a candidate for cross-sector networking beyond the culture programme.",
  },
  {
    ecoc: ["Veszprém", "HU", 2023],
    ccea: ["Chengdu", "CN", 2023],
    status: "CONCLUDED",
    areas: ["ARTIST_MOBILITY", "COOPERATION_PROJECTS"],
    sectors: ["CREATIVE_SECTOR", "RURAL_DEVELOPMENT"],
    rationale:
      "Veszprém's regional programme and Chengdu's rural creative villages suggested an exchange on culture in rural development, run as a one-year pilot.",
  },
  {
    ecoc: ["Chemnitz", "DE", 2025],
    ccea: ["Kamakura", "JP", 2025],
    status: "ACTIVE",
    areas: ["CO_CREATIONS", "CAPACITY_BUILDING", "CROSS_SECTOR_NETWORKING"],
    sectors: ["CARE", "HEALTH", "EDUCATION"],
    rationale:
      "Both 2025 title holders have ageing populations; a partnership on culture for well-being links the care, health and education sectors.",
  },
];

export const sampleRecommendations = [
  {
    title: "Fund a mobility scheme for culture-year cities",
    text: "ASEM partners should create a small mobility fund for artists and cultural managers travelling between European Capitals of Culture and Culture Cities of East Asia.",
    audiences: ["ASEM_GOVERNMENTS", "MINISTRIES_OF_CULTURE"],
    status: "UNDER_REVIEW",
    organisation: "sample-iberian-asian-network",
  },
  {
    title: "Publish cultural cooperation data openly",
    text: "Data on Asia–Europe cultural projects should be published in open formats so that researchers and funders can see what exists and where the gaps are.",
    audiences: ["ASEF", "ASEM_GOVERNMENTS"],
    status: "ACKNOWLEDGED",
    organisation: "sample-straits-university",
  },
  {
    title: "Train cultural managers in both regions together",
    text: "Ministries of education should co-fund joint training for cultural managers, mixing participants from Asia and Europe in every cohort.",
    audiences: ["MINISTRIES_OF_EDUCATION", "CULTURAL_PROFESSIONALS"],
    status: "IMPLEMENTED",
    organisation: "sample-alpine-university-arts",
  },
  {
    title: "Simplify visas for touring artists",
    text: "Foreign affairs ministries should offer a simplified visa procedure for artists invited to cultural events in other ASEM countries.",
    audiences: ["MINISTRIES_OF_FOREIGN_AFFAIRS"],
    status: "SUBMITTED",
    organisation: "sample-mekong-stage-collective",
  },
  {
    title: "Replace ASEM cultural meetings with a permanent secretariat",
    text: "A permanent secretariat should replace the culture ministers' meetings to run all Asia–Europe cultural cooperation.",
    audiences: ["ASEM_GOVERNMENTS"],
    status: "DECLINED",
    organisation: "sample-rhine-culture-exchange",
  },
] as const;
