import fs from "node:fs";
import path from "node:path";
import type { Locale } from "@/i18n/routing";

// Each area of the portal keeps its interface strings in messages/<locale>/<namespace>.json;
// a locale's messages are all of its files, one top-level key per file.
const messagesRoot = path.join(process.cwd(), "messages");

export type Messages = Record<string, unknown>;

const loaded = new Map<Locale, Messages>();

export function messagesFor(locale: Locale): Messages {
  const cached = loaded.get(locale);
  if (cached) return cached;
  const folder = path.join(messagesRoot, locale);
  const messages: Messages = {};
  for (const file of fs.readdirSync(folder).sort()) {
    if (!file.endsWith(".json")) continue;
    messages[file.slice(0, -".json".length)] = JSON.parse(fs.readFileSync(path.join(folder, file), "utf8"));
  }
  loaded.set(locale, messages);
  return messages;
}
