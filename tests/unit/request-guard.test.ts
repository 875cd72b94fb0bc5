import { describe, expect, it } from "vitest";
import type { IncomingMessage, ServerResponse } from "node:http";
import { routing } from "@/i18n/routing";
import { BODY_LIMIT_BYTES, refusalText, refuseRequest, requestRefusal } from "@/lib/request-guard";

const statusOf = (url: string, headers = {}) => requestRefusal(url, headers)?.status ?? "ok";

describe("requestRefusal", () => {
  it.each([
    "/projects/%00",
    "/projects/%E9",
    "/recommendations/abc%00def",
    "/api/v1/projects/%00",
    "/projects?organisation=%00",
    "/projects/export.csv?organisation=%00",
    "/projects/export.json?country=%E9",
    "/projects?%00=x",
    "/organizations?q=caf%C3",
  ])("refuses %s as an address that cannot be read", (url) => {
    expect(statusOf(url)).toBe(400);
  });

  it.each([
    "/",
    "/projects/hanoi-puppets",
    "/projects?q=caf%C3%A9+culture&page=2",
    "/countries/FR",
    "/a%20b?x=%25",
  ])("lets %s through", (url) => {
    expect(statusOf(url)).toBe("ok");
  });

  it("refuses a body over the limit, whatever its address", () => {
    expect(statusOf("/projects/new", { "content-length": String(BODY_LIMIT_BYTES + 1) })).toBe(413);
    expect(statusOf("/projects/new", { "content-length": String(BODY_LIMIT_BYTES) })).toBe("ok");
  });

  it("says a body is too large in every language, with the limit", () => {
    const refusal = requestRefusal("/", { "content-length": String(BODY_LIMIT_BYTES + 1) })!;
    const english = refusalText(refusal, "en");
    for (const locale of routing.locales.filter((locale) => locale !== "en")) {
      const text = refusalText(refusal, locale);
      expect(text.title, locale).not.toBe(english.title);
      expect(text.message, locale).toContain("1");
    }
  });
});

// The page refuseRequest writes for a request to this address, with its status.
function refusalPage(url: string, refusal = requestRefusal(url, { "content-length": "99999999" })!) {
  let status = 0;
  let body = "";
  const response = {
    writeHead: (code: number) => (status = code),
    end: (text: string) => (body = text),
  } as unknown as ServerResponse;
  refuseRequest({ url } as IncomingMessage, response, refusal);
  return { status, body };
}

describe("refuseRequest", () => {
  it("answers in the language of the page asked for", () => {
    const page = refusalPage("/fr/projects/new");
    expect(page.status).toBe(413);
    expect(page.body).toContain('<html lang="fr">');
    expect(page.body).toContain(
      refusalText(requestRefusal("/", { "content-length": "99999999" })!, "fr").title,
    );
    expect(page.body).toContain('href="/fr"');
    expect(refusalPage("/projects/new").body).toContain('<html lang="en">');
  });

  it("answers the API in JSON, in English", () => {
    const page = refusalPage("/api/v1/projects");
    expect(JSON.parse(page.body).error).toMatchObject({
      status: 413,
      message: expect.stringContaining("MB"),
    });
  });
});
