import "server-only";
import { revalidatePath, updateTag } from "next/cache";
import { PUBLIC_DATA_TAG } from "@/lib/public-data-cache";
import { VISITOR_ROOT } from "@/lib/visitor-pages";

// After a write (in a server action): refresh the pages named, and drop every cached
// visitor page and public read. One endorsement changes counts and orderings on
// lists, entry, organisation, country and overview pages; rather than track which
// cached page or read shows what, all of them are made again when next asked for.
export function revalidatePages(...paths: string[]) {
  for (const path of paths) revalidatePath(path);
  revalidatePath(`${VISITOR_ROOT}/[query]`, "layout");
  // Expired at once, not served stale once more: the writer reads their own write.
  updateTag(PUBLIC_DATA_TAG);
}
