import { expect, test } from "./fixtures";

// A phone's width (an iPhone 12 to 15): no public page may scroll sideways.
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

const pages = [
  "/",
  "/projects",
  "/projects?q=heritage&discipline=HERITAGE",
  "/recommendations",
  "/partnerships",
  "/organizations",
  "/countries",
  "/countries/FR",
  "/countries/EU",
  "/cities",
  "/workshops",
  "/about",
  "/developers",
  "/login",
  "/register",
  "/no-such-page",
];

// The first entry each list links to, and its list of endorsers where it has one.
async function entryPages(page: import("@playwright/test").Page) {
  const found: string[] = [];
  for (const [list, pattern] of [
    ["/projects", /^\/projects\/(?!new)[^/?.]+$/],
    ["/recommendations", /^\/recommendations\/[^/?.]+$/],
    ["/partnerships", /^\/partnerships\/[^/?.]+$/],
    ["/organizations", /^\/organizations\/[^/?.]+$/],
    ["/workshops", /^\/workshops\/[^/?.]+$/],
  ] as const) {
    await page.goto(list);
    const hrefs = await page
      .locator("main a")
      .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
    const entry = hrefs.find((href) => pattern.test(href));
    expect(entry, `an entry linked from ${list}`).toBeTruthy();
    found.push(entry!);
    if (list === "/projects" || list === "/recommendations") found.push(`${entry}/endorsements`);
  }
  return found;
}

test("no public page is wider than a 390 px phone", async ({ page }) => {
  test.setTimeout(120_000);
  for (const path of [...pages, ...(await entryPages(page))]) {
    await page.goto(path);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `${path} is ${width} px wide`).toBeLessThanOrEqual(390);
  }
});
