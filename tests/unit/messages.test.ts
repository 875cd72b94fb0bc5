import fs from "node:fs";
import path from "node:path";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { messagesFor, type Messages } from "@/i18n/messages";
import { routing } from "@/i18n/routing";
import sameAsEnglish from "@/i18n/same-as-english.json";

// Every message as "namespace.key.sub" → text.
function flatten(messages: Messages, prefix = ""): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") flat.set(name, value);
    else for (const [inner, text] of flatten(value as Messages, name)) flat.set(inner, text);
  }
  return flat;
}

// The arguments and tags a message takes ("{name}", "<link>…</link>", a plural's count),
// by name: a language without plural forms may write "{count}" where English has a plural.
function placeholders(elements: MessageFormatElement[], found = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    found.add(element.type === TYPE.tag ? `<${element.value}>` : element.value);
    if (element.type === TYPE.tag) placeholders(element.children, found);
    if (element.type === TYPE.plural || element.type === TYPE.select)
      for (const option of Object.values(element.options)) placeholders(option.value, found);
  }
  return found;
}

// The words a reader sees: the literal text, a plural or select by its "other" form.
function visibleText(elements: MessageFormatElement[]): string {
  return elements
    .map((element) => {
      if (element.type === TYPE.literal) return element.value;
      if (element.type === TYPE.tag) return visibleText(element.children);
      if (element.type === TYPE.plural || element.type === TYPE.select)
        return visibleText((element.options.other ?? Object.values(element.options)[0]).value);
      return " ";
    })
    .join("");
}

const english = flatten(messagesFor(routing.defaultLocale));
const others = routing.locales.filter((locale) => locale !== routing.defaultLocale);
const namespaces = (locale: string) =>
  fs
    .readdirSync(path.join(process.cwd(), "messages", locale))
    .filter((file) => file.endsWith(".json"))
    .sort();

// A string of a few words may be the same in two languages ("Admin", "{count} participants").
const FEW_WORDS = 3;

describe("messages", () => {
  it("has the same namespaces in every locale", () => {
    for (const locale of others)
      expect(namespaces(locale), locale).toEqual(namespaces(routing.defaultLocale));
  });

  it("has every key of English in every locale, and no other", () => {
    for (const locale of others) {
      const keys = [...flatten(messagesFor(locale)).keys()].sort();
      expect(keys, locale).toEqual([...english.keys()].sort());
    }
  });

  it("are valid ICU messages taking the same arguments and tags as English", () => {
    for (const locale of routing.locales)
      for (const [key, text] of flatten(messagesFor(locale))) {
        const source = english.get(key);
        if (source === undefined) continue;
        expect([...placeholders(parse(text))].sort(), `${locale} ${key}`).toEqual(
          [...placeholders(parse(source))].sort(),
        );
      }
  });

  it("are translated, not English copies, but for the names allowed", () => {
    const allowed = new Set<string>(sameAsEnglish.allowed as string[]);
    const copies = others.flatMap((locale) =>
      [...flatten(messagesFor(locale))]
        .filter(([key, text]) => text === english.get(key))
        .filter(([, text]) => visibleText(parse(text)).trim().split(/\s+/).length > FEW_WORDS)
        .filter(([key]) => !allowed.has(key))
        .map(([key]) => `${locale} ${key}`),
    );
    expect(copies).toEqual([]);
  });
});
