import "server-only";
import { revalidatePath } from "next/cache";
import { VISITOR_ROOT } from "@/lib/visitor-pages";

// After a write: refresh the pages named, and drop every cached visitor page. One
// endorsement changes counts and orderings on lists, entry, organisation, country
// and overview pages; rather than track which cached page shows what, all of them
// render again on their next visit.
export function revalidatePages(...paths: string[]) {
  for (const path of paths) revalidatePath(path);
  revalidatePath(`${VISITOR_ROOT}/[query]`, "layout");
}
