import { describe, expect, it } from "vitest";
import { BODY_LIMIT_BYTES, requestRefusal } from "@/lib/request-guard";

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
});
