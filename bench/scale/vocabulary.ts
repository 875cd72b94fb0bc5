import type { Discipline, OrganisationKind } from "../../lib/generated/prisma/enums";

// Words the synthetic entries are built from, so titles and descriptions read like
// Asia–Europe cultural cooperation rather than lorem ipsum.
export const topicsByDiscipline: Record<Discipline, string[]> = {
  VISUAL_ARTS: [
    "contemporary printmaking",
    "public art in port cities",
    "ceramics and natural dyes",
    "photography of changing coastlines",
  ],
  PERFORMING_ARTS: ["puppet theatre traditions", "contemporary dance", "street theatre", "shadow play"],
  MUSIC: ["traditional string instruments", "choral music", "jazz and folk music", "young composers"],
  FILM: ["documentary film", "animation for children", "archival film restoration", "short film"],
  LITERATURE: ["literary translation", "children's books", "poetry in minority languages", "graphic novels"],
  HERITAGE: [
    "intangible cultural heritage",
    "restoration of historic wooden buildings",
    "maritime heritage",
    "heritage of the Silk Road",
    "industrial heritage",
    "oral histories of migration",
  ],
  DESIGN: ["sustainable textile design", "design for ageing cities", "craft-based product design"],
  ARCHITECTURE: ["adaptive reuse of industrial sites", "vernacular architecture", "public space design"],
  DIGITAL_ARTS: ["immersive media", "games as cultural heritage", "creative coding"],
  CRAFTS: ["lacquerware and woodwork", "weaving traditions", "hand papermaking"],
  RESEARCH: ["cultural policy", "audience development", "cultural statistics"],
};

export const projectForms = [
  "artist residency",
  "festival",
  "co-production",
  "exchange programme",
  "summer school",
  "touring exhibition",
  "digital archive",
  "workshop series",
  "mentoring network",
  "symposium",
  "translation programme",
  "research network",
  "film lab",
  "open studio programme",
];

export const titleAdjectives = [
  "Shared",
  "Living",
  "Open",
  "Crossing",
  "Common",
  "Parallel",
  "Moving",
  "Listening",
  "Hidden",
  "Floating",
  "Woven",
  "Distant",
  "Neighbouring",
];

export const titleNouns = [
  "Horizons",
  "Rivers",
  "Voices",
  "Archives",
  "Threads",
  "Harbours",
  "Encounters",
  "Routes",
  "Bridges",
  "Gardens",
  "Stages",
  "Echoes",
  "Lanterns",
  "Tides",
];

export const audiences = [
  "emerging artists",
  "students",
  "museum professionals",
  "local communities",
  "young people",
  "curators",
  "cultural managers",
  "teachers",
];

export const activities = [
  "a two-week residency in each partner city",
  "public showings at the end of every residency",
  "an online archive of recordings and interviews",
  "a travelling exhibition",
  "master classes by invited practitioners",
  "a closing conference with city cultural offices",
  "school programmes run with local teachers",
  "a handbook for organisations starting similar exchanges",
];

export const kindPhrases: Record<OrganisationKind, string> = {
  NGO_OR_ASSOCIATION: "independent cultural organisations",
  MINISTRY_OF_CULTURE: "ministries of culture",
  MINISTRY_OF_EDUCATION: "ministries of education and schools",
  MINISTRY_OF_FOREIGN_AFFAIRS: "cultural diplomacy services",
  CITY_ADMINISTRATION: "city culture offices",
  FOUNDATION: "foundations",
  CULTURAL_INSTITUTION: "museums, theatres and archives",
  UNIVERSITY: "universities and art schools",
  INTERGOVERNMENTAL: "regional cultural networks",
};

export const institutionTypes = [
  "Museum of Art",
  "Art Centre",
  "Concert Hall",
  "Film Archive",
  "City Library",
  "Playhouse",
  "Crafts Museum",
  "Heritage Centre",
];
export const collectiveWords = ["Collective", "Association", "Network", "Ensemble", "Society", "Initiative"];
export const fields = ["the Arts", "Cultural Heritage", "Music", "Film", "Literature", "Design", "Dance"];
export const ministryUnits = [
  "Cultural Heritage Department",
  "International Cultural Relations Department",
  "Arts Funding Agency",
  "Museums Directorate",
  "Creative Industries Office",
  "Performing Arts Division",
];
export const diplomacyUnits = ["Cultural Diplomacy Unit", "Public Diplomacy Department", "Asia–Europe Desk"];
export const educationUnits = ["Arts Education Department", "International Exchange Office"];

export const recommendationVerbs = ["Create", "Fund", "Support", "Establish", "Strengthen", "Promote", "Map"];
export const recommendationObjects = [
  "a mobility fund for young artists travelling between Asia and Europe",
  "simpler visa procedures for touring artists",
  "a shared calendar of Asia–Europe cultural events",
  "translation grants for contemporary literature",
  "joint training for museum professionals",
  "open digital access to heritage archives",
  "partnerships between European Capitals of Culture and Culture Cities of East Asia",
  "cultural exchanges in school curricula",
  "networks of independent cultural organisations",
  "long-term funding for cultural cooperation projects",
];

export const endorsementStatements = [
  "We have worked with this team and support the project.",
  "This would help our members in both regions.",
  "We endorse this and offer to host a partner meeting.",
  "A welcome initiative for our city's cultural sector.",
];

export const SYNTHETIC_NOTE =
  "Synthetic data generated for load testing: this entry, its organisations and its people are fictional.";
