import { errorResponse } from "@/lib/api/error";
import { drawShapes } from "@/lib/map/draw";
import { listPartnerCodes } from "@/lib/queries/countries";

const FILE_NAME = /^(world|[a-z]{2})-([0-9a-f]{12})\.svg$/;

// The map's shapes (lib/map/draw.ts), named by their content: a page points to the
// file it was drawn with, which never changes, so browsers and shared caches keep it
// for a year. A name whose content has changed since (a page cached before a new
// partner joined) gets today's shapes, kept for a minute.
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const [, view] = FILE_NAME.exec(file) ?? [];
  if (!view)
    return errorResponse(404, "No such map file: its name is /maps/<world or a country code>-<hash>.svg.");
  const shapes = drawShapes(await listPartnerCodes(), view);
  if (!shapes) return errorResponse(404, `No map of ${view.toUpperCase()}: it has no shape of its own.`);
  const current = shapes.file === `/maps/${file}`;
  return new Response(shapes.svg, {
    headers: {
      "Content-Type": "image/svg+xml; charset=utf-8",
      "Cache-Control": current ? "public, max-age=31536000, immutable" : "public, max-age=60",
    },
  });
}
