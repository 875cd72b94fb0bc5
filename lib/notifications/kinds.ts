import type { NotificationDelivery, NotificationKind } from "@/lib/generated/prisma/enums";

// Every kind in the order the preferences form lists them (its words: accounts.notifications).
export const notificationKinds: NotificationKind[] = [
  "ENTRY_ENDORSED",
  "ENDORSEMENT_WITHDRAWN",
  "RECOMMENDATION_STATUS",
  "PAIRING_STATUS",
  "ENTRY_HIDDEN",
  "ENTRY_RESTORED",
  "MEMBERSHIP_REQUEST",
  "MEMBERSHIP_ANSWER",
];

export const deliveries: NotificationDelivery[] = ["IMMEDIATE", "DIGEST", "PORTAL"];

// Requests and answers already come as account mails (lib/memberships), so by default
// they add no second mail; everything else is mailed at once until the person chooses.
export function defaultDelivery(kind: NotificationKind): NotificationDelivery {
  return kind === "MEMBERSHIP_REQUEST" || kind === "MEMBERSHIP_ANSWER" ? "PORTAL" : "IMMEDIATE";
}
