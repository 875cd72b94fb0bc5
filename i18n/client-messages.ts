import type { Messages } from "@/i18n/messages";

// The messages the browser receives. Client components translate with useTranslations, so
// their words travel in every page's payload: only the parts they use are sent (all of a
// language's messages, 73 KB of English, would ride along on every page otherwise).
// tests/unit/client-messages.test.ts holds these lists to the client components' own
// useTranslations("…") calls.
const everywhere = [
  "site",
  "layout",
  "errors.error",
  "forms",
  "labels",
  "endorsements",
  "moderation",
  "permissions",
  "projects.form",
  "projects.translations",
  "recommendations.form",
  "memberships.forms",
] as const;

// Areas whose layouts send more: the account pages' forms and the admin area's.
const areas = {
  site: everywhere,
  accounts: [...everywhere, "accounts", "memberships.choice", "notifications.mailLanguage"],
  admin: [
    ...everywhere,
    "admin.nav",
    "admin.users",
    "admin.partnerships.forms",
    "admin.organisations.forms",
    "admin.recommendations.form",
  ],
} as const;

export type ClientArea = keyof typeof areas;

export function clientMessagePaths(area: ClientArea): readonly string[] {
  return areas[area];
}

// The parts of `messages` at the dotted paths, nested as in the original.
export function pickMessages(messages: Messages, paths: readonly string[]): Messages {
  const picked: Messages = {};
  for (const path of paths) {
    const keys = path.split(".");
    let from: unknown = messages;
    for (const key of keys) from = (from as Messages | undefined)?.[key];
    if (from === undefined) throw new Error(`No messages at "${path}"`);
    let into = picked;
    for (const key of keys.slice(0, -1)) into = (into[key] ??= {}) as Messages;
    into[keys.at(-1)!] = from;
  }
  return picked;
}
