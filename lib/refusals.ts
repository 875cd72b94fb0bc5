import type { RecommendationStatus } from "@/lib/generated/prisma/enums";

// Why someone may not do something: a key of messages/<locale>/permissions.json and its
// values. `can` (lib/permissions.ts) answers with it; whoever shows it translates it in
// the reader's language: a page, an action's form, the entry island behind /api/viewer.
export type Refusal =
  | { key: "signInFirst" }
  | { key: "confirmEmail"; values: { email: string } }
  | { key: "membershipPending"; values: { organisation: string } }
  | { key: "noOrganisation" }
  | { key: "organisationInactive"; values: { organisation: string } }
  | { key: "projectHidden" }
  | { key: "notProjectLead"; values: { title: string; organisation: string } }
  | { key: "recommendationHidden" }
  | { key: "notSubmitter"; values: { title: string; organisation: string } }
  | { key: "notSubmitterUnnamed"; values: { title: string } }
  | { key: "pastReview"; values: { status: RecommendationStatus } }
  | { key: "ownProject"; values: { organisation: string } }
  | { key: "ownRecommendation"; values: { organisation: string } }
  | { key: "managersOnly" }
  | { key: "adminsOnly" };

// next-intl's translator for the "permissions" namespace, on the server or in a component.
export type RefusalTranslator = (key: Refusal["key"], values?: Record<string, string>) => string;

export function explainRefusal(t: RefusalTranslator, refusal: Refusal): string {
  return t(refusal.key, "values" in refusal ? refusal.values : undefined);
}
