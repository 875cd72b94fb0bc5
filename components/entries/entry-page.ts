import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { entryMetadata } from "@/lib/page-metadata";

type Translator = Awaited<ReturnType<typeof getTranslations>>;

// An entry page's metadata, the same way for every kind: "not found" or "hidden" in the
// entry's own messages (notFound, hidden, hiddenDescription), else what `describe` says of it.
export async function entryPageMetadata<Entry extends object>(
  read: PromiseLike<Entry | null>,
  messages: string,
  describe: (
    entry: Entry,
    t: Translator,
  ) => Parameters<typeof entryMetadata>[0] | Promise<Parameters<typeof entryMetadata>[0]>,
): Promise<Metadata> {
  const [entry, t] = await Promise.all([read, getTranslations(messages)]);
  if (!entry) return { title: t("notFound") };
  if ("visibility" in entry && entry.visibility === "HIDDEN")
    return { title: t("hidden"), description: t("hiddenDescription") };
  return entryMetadata(await describe(entry, t));
}

// An entry page's entry and its messages, or the 404 page where there is no such entry.
export async function readEntryPage<Entry>(read: PromiseLike<Entry | null>, messages: string) {
  const [entry, t] = await Promise.all([read, getTranslations(messages)]);
  if (!entry) notFound();
  return { entry, t };
}
