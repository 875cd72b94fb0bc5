import type { Discipline, OrganisationKind, RecommendationStatus } from "../../lib/generated/prisma/enums";
import words from "./vocabulary.json";

// Words the synthetic entries are built from (vocabulary.json), so titles and descriptions
// read like Asia–Europe cultural cooperation rather than lorem ipsum; typed here, so that
// a group keyed by an enum must name every value of it.
export const topicsByDiscipline: Record<Discipline, string[]> = words.topicsByDiscipline;
export const kindPhrases: Record<OrganisationKind, string> = words.kindPhrases;
export const {
  projectForms,
  titleAdjectives,
  titleNouns,
  audiences,
  activities,
  institutionTypes,
  collectiveWords,
  fields,
  ministryUnits,
  diplomacyUnits,
  educationUnits,
  recommendationVerbs,
  recommendationObjects,
  endorsementStatements,
} = words;

// How often each value comes up, relative to the others, as faker's weightedArrayElement takes them.
const weighted = <Value extends string>(weights: Record<Value, number>) =>
  Object.entries<number>(weights).map(([value, weight]) => ({ value: value as Value, weight }));

export const organisationKindWeights = weighted<OrganisationKind>(words.organisationKindWeights);
export const recommendationStatusWeights = weighted<RecommendationStatus>(words.recommendationStatusWeights);

export const SYNTHETIC_NOTE =
  "Synthetic data generated for load testing: this entry, its organisations and its people are fictional.";
