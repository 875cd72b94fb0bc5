import type { IncomingMessage, ServerResponse } from "node:http";
import { localizedPath, splitLocale } from "@/i18n/locale-names";
import { routing, type Locale } from "@/i18n/routing";
import { translatorFor } from "@/lib/translator";
import { errorBody } from "./api/error";

// Next's own limit for a server action's body (serverActions.bodySizeLimit, "1mb").
export const BODY_LIMIT_BYTES = 1024 * 1024;

type Refusal = { status: 400 | 413; kind: "brokenAddress" | "tooLarge" };

const brokenAddress: Refusal = { status: 400, kind: "brokenAddress" };
const tooLarge: Refusal = { status: 413, kind: "tooLarge" };

// What a refusal says, in a language: the page's words in the address's language, the API's in English.
export function refusalText(refusal: Refusal, locale: Locale) {
  const t = translatorFor(locale, "errors.refusal");
  const values = { megabytes: BODY_LIMIT_BYTES / 1024 / 1024 };
  return {
    title: t(`${refusal.kind}.title`),
    message: t(`${refusal.kind}.message`, values),
    home: t("home"),
  };
}

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
  // The language of the page asked for, as every other page reads it (English for the API).
  const locale = api ? routing.defaultLocale : splitLocale(request.url?.split("?")[0] ?? "/").locale;
  const { title, message, home } = refusalText(refusal, locale);
  const body = api
    ? JSON.stringify(errorBody(refusal.status, message))
    : `<!doctype html><html lang="${locale}"><meta charset="utf-8"><title>${escapeHtml(title)}</title>` +
      `<main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p>` +
      `<p><a href="${localizedPath(locale, "/")}">${escapeHtml(home)}</a></p></main></html>`;
  // A body left unread would keep the connection busy: close it instead.
  response.writeHead(refusal.status, {
    "Content-Type": api ? "application/json; charset=utf-8" : "text/html; charset=utf-8",
    "Cache-Control": "no-store",
    Connection: "close",
  });
  response.end(body);
}
