import type { NotificationDelivery, NotificationKind } from "@/lib/generated/prisma/enums";

// Every kind in the order the preferences form lists them, with what it is about.
export const notificationKinds: { kind: NotificationKind; label: string }[] = [
  { kind: "ENTRY_ENDORSED", label: "Another organisation endorses your organisation's entry" },
  { kind: "ENDORSEMENT_WITHDRAWN", label: "Another organisation withdraws its endorsement" },
  { kind: "RECOMMENDATION_STATUS", label: "Your organisation's recommendation changes status" },
  { kind: "PAIRING_STATUS", label: "A city pairing linked to your project changes status" },
  { kind: "ENTRY_HIDDEN", label: "Moderators hide your organisation's entry" },
  { kind: "ENTRY_RESTORED", label: "Moderators restore your organisation's entry" },
  { kind: "MEMBERSHIP_REQUEST", label: "Someone asks to join your organisation (managers)" },
  { kind: "MEMBERSHIP_ANSWER", label: "Your request to join an organisation is answered" },
];

export const deliveryLabels: Record<NotificationDelivery, string> = {
  IMMEDIATE: "E-mail at once",
  DIGEST: "Daily digest e-mail",
  PORTAL: "Only here",
};

// Requests and answers already come as account mails (lib/memberships), so by default
// they add no second mail; everything else is mailed at once until the person chooses.
export function defaultDelivery(kind: NotificationKind): NotificationDelivery {
  return kind === "MEMBERSHIP_REQUEST" || kind === "MEMBERSHIP_ANSWER" ? "PORTAL" : "IMMEDIATE";
}
