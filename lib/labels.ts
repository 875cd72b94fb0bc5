// use-intl/core, not next-intl: the same createTranslator without React, so scripts outside Next
// (the OpenAPI lint under the react-server condition, the mail worker) can load this module.
import { createTranslator, type Messages } from "use-intl/core";
import {
  Audience,
  CooperationArea,
  Discipline,
  MeetingKind,
  OrganisationKind,
  PartnershipStatus,
  Programme,
  RecommendationStatus,
  Region,
  ReportReason,
  Sector,
  VerificationStatus,
} from "@/lib/generated/prisma/enums";
import englishLabels from "@/messages/en/labels.json";

// Human names for the enums, in every locale: messages/<locale>/labels.json, one group
// per enum, in the order filters and forms offer them (the enum's own order).
const enums = {
  audience: Audience,
  recommendationStatus: RecommendationStatus,
  cooperationArea: CooperationArea,
  sector: Sector,
  partnershipStatus: PartnershipStatus,
  organisationKind: OrganisationKind,
  discipline: Discipline,
  programme: Programme,
  programmeShort: Programme,
  meetingKind: MeetingKind,
  region: Region,
  verification: VerificationStatus,
  reportReason: ReportReason,
} as const;

export type LabelKind = keyof typeof enums;
export type LabelValue<K extends LabelKind> = keyof (typeof enums)[K] & string;

// A translator for the "labels" namespace: `await getTranslations("labels")` on the
// server, `useTranslations("labels")` in a component, englishLabels for data formats.
export type LabelTranslator = (key: string, values?: Record<string, string | number>) => string;

// The labels in English, for what stays English whatever the reader's language: CSV and
// JSON downloads, the API, feeds without a locale.
export const inEnglish: LabelTranslator = createTranslator({
  locale: "en",
  messages: { labels: englishLabels } as Messages,
  namespace: "labels",
});

// The one way to name an enum value: label(t, "discipline", "MUSIC") → "Music", "Musique", "音乐".
export function label<K extends LabelKind>(t: LabelTranslator, kind: K, value: LabelValue<K>): string {
  return t(`${kind}.${value}`);
}

export function labelValues<K extends LabelKind>(kind: K): LabelValue<K>[] {
  return Object.keys(enums[kind]) as LabelValue<K>[];
}

// The values of an enum as a form or filter offers them.
export function labelOptions<K extends LabelKind>(t: LabelTranslator, kind: K) {
  return labelValues(kind).map((value) => ({ value, label: label(t, kind, value) }));
}

// "ASEM8 (ASEM Summit)"; "8th ASEM Culture Ministers' Meeting" already says what it is.
// The meeting's name is a proper name, in English as its sources give it.
export function meetingTitle(t: LabelTranslator, meeting: { kind: MeetingKind; name: string }): string {
  const englishKind = label(inEnglish, "meetingKind", meeting.kind);
  return meeting.name.toLowerCase().includes(englishKind.replace(/^ASEM /, "").toLowerCase())
    ? meeting.name
    : t("meetingTitle", { name: meeting.name, kind: label(t, "meetingKind", meeting.kind) });
}
