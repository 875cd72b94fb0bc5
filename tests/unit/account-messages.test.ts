import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { messagesFor } from "@/i18n/messages";
import { routing } from "@/i18n/routing";

// The namespaces of accounts, forms and validation, in every language: the same keys as
// English, and every message well-formed ICU that formats with its values.
const namespaces = ["accounts", "forms", "validation", "memberships", "endorsements"];

type Tree = { [key: string]: string | Tree };

const keysOf = (tree: Tree, prefix = ""): string[] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`),
  );

const tag = (chunks: string) => `[${chunks}]`;
const values = {
  ...{ min: 12, max: 5000, count: 2, minutes: 15, ended: 2, total: 3, asia: 1, europe: 2 },
  ...{ first: 1980, last: 2100, slugs: "a, b", email: "lan@example.org", organisation: "Hanoi Stage" },
  ...{ domains: "culture.gov.pl", person: "Mai", date: "1 May 2026", time: "09:30", reason: "Spam" },
  ...{ title: "Shared Stages", meeting: "Senior Officials Meeting", role: "ADMIN" },
  ...{ link: tag, login: tag, reset: tag },
};

describe.each(namespaces)("the %s messages", (namespace) => {
  const english = messagesFor("en")[namespace] as Tree;

  it.each(routing.locales)("in %s have every English key and format", (locale) => {
    const messages = messagesFor(locale)[namespace] as Tree;
    expect(keysOf(messages).sort()).toEqual(keysOf(english).sort());
    const t = createTranslator({
      locale,
      messages: { [namespace]: messages },
      namespace,
      onError: (error) => {
        throw error;
      },
    });
    for (const key of keysOf(messages)) {
      const text = (t.markup as (key: string, values: object) => string)(key, values);
      expect(text, `${locale} ${namespace}.${key}`).not.toMatch(/[{}]/);
    }
  });
});
