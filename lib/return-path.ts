import { publicOrigin } from "@/lib/public-url";

// Control characters, white space (U+3000 too), backslashes and lone surrogates: browsers
// drop or rewrite some of them, so "/\t/evil.example" would leave the site as "//evil.example".
const UNSAFE = /[\u0000-\u001f\u007f\s\\\ud800-\udfff]/u;

// A path on this site to send someone back to, resolved as a URL against the portal's
// own origin; anything else (another origin, a scheme, unsafe characters) is `fallback`.
export function safeReturnPath(value: string | null | undefined, fallback = "/"): string {
  if (!value || !value.startsWith("/") || UNSAFE.test(value)) return fallback;
  const origin = new URL(publicOrigin()).origin;
  const url = URL.canParse(value, origin) ? new URL(value, origin) : null;
  if (!url || url.origin !== origin || url.pathname.startsWith("//")) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

// next-auth's redirect callback: its own pages' return addresses, on the public origin only.
export function safeRedirectUrl(url: string, fallback = "/"): string {
  const origin = new URL(publicOrigin()).origin;
  const path = URL.canParse(url) && new URL(url).origin === origin ? url.slice(origin.length) || "/" : url;
  return new URL(safeReturnPath(path, fallback), origin).toString();
}
