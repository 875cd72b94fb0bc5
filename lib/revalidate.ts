import "server-only";
import { revalidatePath, updateTag } from "next/cache";
import { PUBLIC_DATA_TAG } from "@/lib/public-data-cache";
import { CACHED_ROOT } from "@/lib/cached-pages";

// After a write (in a server action): refresh the pages named, and drop every cached
// public page (lib/cached-pages.ts) and public read. One endorsement changes counts
// and orderings on lists, entry, organisation, country and overview pages; rather
// than track which cached page or read shows what, all of them are made again when
// next asked for.
export function revalidatePages(...paths: string[]) {
  for (const path of paths) revalidatePath(path);
  revalidatePath(`${CACHED_ROOT}/[viewer]`, "layout");
  // Expired at once, not served stale once more: the writer reads their own write.
  updateTag(PUBLIC_DATA_TAG);
}
