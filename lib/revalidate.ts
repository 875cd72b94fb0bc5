import "server-only";
import { revalidatePath, updateTag } from "next/cache";
import { routing } from "@/i18n/routing";
import { expiryOf } from "@/lib/cache-tags";

// After a write (in a server action): refresh the pages named, and expire what shows
// them (lib/cache-tags.ts): the cached reads by their tags, the cached pages by path, in
// every language, or by route. Expired at once, not served stale once more: the next request, whoever
// sends it, reads the write.
export function revalidatePages(...paths: string[]) {
  for (const path of paths) {
    revalidatePath(path);
    const { tags, paths: cachedPaths, routes } = expiryOf(path);
    for (const tag of tags) updateTag(tag);
    for (const cachedPath of cachedPaths)
      for (const locale of routing.locales) revalidatePath(`/${locale}${cachedPath}`);
    for (const route of routes) revalidatePath(`/[locale]/cached/[query]${route}`, "page");
  }
}
