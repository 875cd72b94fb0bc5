import type { Messages } from "@/i18n/messages";

// The messages the browser receives. Client components translate with useTranslations, so
// their words travel in the page's payload: each page gets only what its client components
// use (all of a language's messages, 73 KB of English, would ride along on every page
// otherwise). The root layout sends the site's; <ClientMessages area> (components/layout/
// client-messages.tsx) sends an area's around the client components that need more.
// tests/unit/client-messages.test.ts holds these lists to the useTranslations("…") calls.
const site = ["site", "layout", "errors.error"] as const;
const forms = [...site, "forms", "labels"] as const;

const areas = {
  // The header, the language switcher, the error page: every page.
  site,
  // An entry's own parts on its cached copy, drawn in the browser: endorsing or why not,
  // reporting, hiding.
  entry: [...forms, "endorsements", "moderation.report", "moderation.forms", "permissions"],
  // The same on the entry's own view (<entry>/endorse), drawn on the server but its forms.
  ownEntry: [...site, "forms", "endorsements.form", "moderation.report", "moderation.forms"],
  // The project and recommendation forms.
  contributing: [...forms, "projects.form", "projects.translations", "recommendations.form"],
  // The account pages (app/[locale]/(site)/(auth)/layout.tsx).
  accounts: [...forms, "accounts.fields", "accounts.register", "memberships.choice", "memberships.forms"],
  // The admin area (app/[locale]/(site)/(admin)/admin/layout.tsx).
  admin: [...forms, "moderation.forms", "memberships.forms", "admin.nav", "admin.partnerships.forms"],
} as const;

export type ClientArea = keyof typeof areas;

export function clientMessagePaths(area: ClientArea): readonly string[] {
  return areas[area];
}

// One object per language and area, so that a page with several providers of an area sends
// its messages once (React's payload refers back to an object it has already sent).
const picked = new WeakMap<Messages, Map<ClientArea, Messages>>();

export function clientMessages(messages: Messages, area: ClientArea): Messages {
  const byArea = picked.get(messages) ?? new Map<ClientArea, Messages>();
  picked.set(messages, byArea);
  let messagesOfArea = byArea.get(area);
  if (!messagesOfArea) byArea.set(area, (messagesOfArea = pickMessages(messages, areas[area])));
  return messagesOfArea;
}

// The parts of `messages` at the dotted paths, nested as in the original.
export function pickMessages(messages: Messages, paths: readonly string[]): Messages {
  const result: Messages = {};
  for (const path of paths) {
    const keys = path.split(".");
    let from: unknown = messages;
    for (const key of keys) from = (from as Messages | undefined)?.[key];
    if (from === undefined) throw new Error(`No messages at "${path}"`);
    let into = result;
    for (const key of keys.slice(0, -1)) into = (into[key] ??= {}) as Messages;
    into[keys.at(-1)!] = from;
  }
  return result;
}
