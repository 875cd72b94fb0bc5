import { describe, expect, it } from "vitest";
import { safeRedirectUrl, safeReturnPath } from "@/lib/return-path";

const away = [
  "https://evil.example",
  "//evil.example",
  "/\\evil.example",
  "/\t/evil.example/phish",
  "/\r\n/evil.example",
  "/\n/evil.example",
  "/\u3000/evil.example",
  "/ /evil.example",
  "/\u0000/evil.example",
  "/..//evil.example",
  "/./\u000b/evil.example",
  "/projects\ud800",
  "javascript:alert(1)",
  "",
];

describe("safeReturnPath", () => {
  it.each(away)("refuses %j", (value) => {
    expect(safeReturnPath(value, "/account")).toBe("/account");
  });

  it("keeps paths on the site with their query and fragment", () => {
    expect(safeReturnPath("/projects/new")).toBe("/projects/new");
    expect(safeReturnPath("/projects?country=FR&page=2#list")).toBe("/projects?country=FR&page=2#list");
    expect(safeReturnPath("/%2F%2Fevil.example")).toBe("/%2F%2Fevil.example");
  });
});

describe("safeRedirectUrl", () => {
  const origin = "http://localhost:3000";

  it("keeps the portal's own addresses and paths", () => {
    expect(safeRedirectUrl(`${origin}/account`)).toBe(`${origin}/account`);
    expect(safeRedirectUrl("/projects?page=2")).toBe(`${origin}/projects?page=2`);
  });

  it.each([...away, "https://evil.example/phish", `${origin}.evil.example/x`, `${origin}/\t/evil.example`])(
    "sends %j to the portal's home",
    (value) => {
      expect(safeRedirectUrl(value)).toBe(`${origin}/`);
    },
  );
});
