import type { IncomingMessage, ServerResponse } from "node:http";
import zlib from "node:zlib";
import { localizedPath, splitLocale } from "@/i18n/locale-names";
import { translatorFor } from "@/lib/translator";

// Next answers a page that calls notFound() with an empty shell and draws the 404 page only
// in the browser (vercel/next.js#62228): without JavaScript, or for a crawler, it is blank.
const SHELL_OPENING = '<html id="__next_error__">';

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

// The shell with the not-found page's words in the address's language; the browser then
// draws Next's own page over them.
export function fillNotFoundShell(html: string, pathname: string): string {
  if (!html.includes(SHELL_OPENING)) return html;
  const { locale } = splitLocale(pathname);
  const t = translatorFor(locale, "errors.notFound");
  const link = (path: string) => (chunks: string) => `<a href="${localizedPath(locale, path)}">${chunks}</a>`;
  const main =
    `<main id="main"><h1>${escapeHtml(t("title"))}</h1><p>${escapeHtml(t("lead"))}</p>` +
    `<p>${t.markup("next", { overview: link("/"), projects: link("/projects") })}</p></main>`;
  return html
    .replace(SHELL_OPENING, `<html id="__next_error__" lang="${locale}">`)
    .replace(/<body([^>]*)>/, (body) => body + main);
}

// Next compresses what it sends (its compress option): the page is read and written back
// in the same encoding.
const codings: Record<string, { decode: (data: Buffer) => Buffer; encode: (data: Buffer) => Buffer }> = {
  identity: { decode: (data) => data, encode: (data) => data },
  gzip: { decode: zlib.gunzipSync, encode: zlib.gzipSync },
  deflate: { decode: zlib.inflateSync, encode: zlib.deflateSync },
  br: { decode: zlib.brotliDecompressSync, encode: zlib.brotliCompressSync },
};

// Holds back a 404 page's HTML until it is complete, then sends it with the shell filled.
// Every other response passes through untouched.
export function fillNotFoundResponse(request: IncomingMessage, response: ServerResponse) {
  if (request.method !== "GET") return;
  const write = response.write.bind(response);
  const end = response.end.bind(response);
  const held: Buffer[] = [];
  let holding: boolean | null = null;
  const decide = () => {
    holding ??=
      response.statusCode === 404 &&
      String(response.getHeader("content-type")).startsWith("text/html") &&
      String(response.getHeader("content-encoding") ?? "identity") in codings;
    return holding;
  };
  const hold = (chunk: unknown, encoding?: unknown) => {
    if (chunk == null || typeof chunk === "function") return;
    held.push(
      typeof chunk === "string"
        ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8")
        : Buffer.from(chunk as Uint8Array),
    );
  };
  const callbackOf = (...args: unknown[]) =>
    args.find((arg) => typeof arg === "function") as (() => void) | undefined;

  response.write = ((chunk: unknown, ...rest: unknown[]) => {
    if (!decide()) return (write as (...args: unknown[]) => boolean)(chunk, ...rest);
    hold(chunk, rest[0]);
    callbackOf(...rest)?.();
    return true;
  }) as ServerResponse["write"];

  response.end = ((chunk?: unknown, ...rest: unknown[]) => {
    if (!decide()) return (end as (...args: unknown[]) => ServerResponse)(chunk, ...rest);
    hold(chunk, rest[0]);
    const coding = codings[String(response.getHeader("content-encoding") ?? "identity")];
    const html = coding.decode(Buffer.concat(held)).toString("utf8");
    const filled = fillNotFoundShell(html, (request.url ?? "/").split("?")[0]);
    if (!response.headersSent) response.removeHeader("content-length");
    return end(coding.encode(Buffer.from(filled)), callbackOf(chunk, ...rest));
  }) as ServerResponse["end"];
}
