import type { IncomingMessage, ServerResponse } from "node:http";
import { errorBody } from "./api/error";

// Next's own limit for a server action's body (serverActions.bodySizeLimit, "1mb").
export const BODY_LIMIT_BYTES = 1024 * 1024;

type Refusal = { status: 400 | 413; title: string; message: string };

const brokenAddress: Refusal = {
  status: 400,
  title: "This address cannot be read",
  message:
    "The address holds a NUL byte or a broken character (a % not followed by UTF-8). Check the link and try again.",
};

const tooLarge: Refusal = {
  status: 413,
  title: "What you sent is too large",
  message: `A form may send at most ${BODY_LIMIT_BYTES / 1024 / 1024} MB. Shorten the longest fields and send it again.`,
};

// A part of the address as the portal reads it, or null when it cannot be read.
function decodedPart(part: string): string | null {
  try {
    const text = decodeURIComponent(part.replaceAll("+", " "));
    return text.includes("\u0000") ? null : text;
  } catch {
    return null;
  }
}

// Why the portal cannot answer this request, before Next reads it: an address that
// does not decode (NUL bytes, broken UTF-8) or a body over the limit. Else null.
export function requestRefusal(url: string, headers: IncomingMessage["headers"]): Refusal | null {
  const [path, query = ""] = url.split(/\?(.*)/s);
  const parts = [...path.split("/"), ...query.split(/[&=]/)];
  if (parts.some((part) => decodedPart(part) === null)) return brokenAddress;
  if (Number(headers["content-length"] ?? 0) > BODY_LIMIT_BYTES) return tooLarge;
  return null;
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

// Answers a refused request: the API's JSON error under /api, else a small page.
export function refuseRequest(request: IncomingMessage, response: ServerResponse, refusal: Refusal) {
  const api = request.url?.startsWith("/api/");
  const body = api
    ? JSON.stringify(errorBody(refusal.status, refusal.message))
    : `<!doctype html><html lang="en"><meta charset="utf-8"><title>${escapeHtml(refusal.title)}</title>` +
      `<main><h1>${escapeHtml(refusal.title)}</h1><p>${escapeHtml(refusal.message)}</p>` +
      `<p><a href="/">Go to the home page</a></p></main></html>`;
  // A body left unread would keep the connection busy: close it instead.
  response.writeHead(refusal.status, {
    "Content-Type": api ? "application/json; charset=utf-8" : "text/html; charset=utf-8",
    "Cache-Control": "no-store",
    Connection: "close",
  });
  response.end(body);
}
