import fs from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { expect, expectAccessible, signIn, test } from "./fixtures";

// The interface strings of a language, as the portal reads them, and a country's name in it.
const messages = (locale: string, namespace: string) =>
  JSON.parse(fs.readFileSync(path.join(process.cwd(), "messages", locale, `${namespace}.json`), "utf8"));
const countryIn = (locale: string, code: string) =>
  new Intl.DisplayNames([locale], { type: "region" }).of(code)!;

const entryPath = "/projects/sample-shared-stages-residency-matera-xi-an";
const languages = ["en", "fr", "de", "zh", "ja", "ko", "vi"];

// The header's language links: a <details> that opens without JavaScript.
async function switchLanguage(page: Page, name: string) {
  await page.locator("header details > summary").click();
  await page.locator("header details").getByRole("link", { name, exact: true }).click();
}

// Errors in the browser's console (a message missing at run time logs one).
function consoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

test("switching language keeps the page and its filters", async ({ page }) => {
  const errors = consoleErrors(page);
  await page.goto("/projects?country=FR&discipline=HERITAGE");
  await switchLanguage(page, "Français");
  await expect(page).toHaveURL(/\/fr\/projects\?country=FR&discipline=HERITAGE$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.locator('select[name="country"]')).toHaveValue("FR");
  await expect(page.locator('select[name="discipline"]')).toHaveValue("HERITAGE");
  await switchLanguage(page, "中文");
  await expect(page).toHaveURL(/\/zh\/projects\?country=FR&discipline=HERITAGE$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "zh");
  await switchLanguage(page, "English");
  await expect(page).toHaveURL(/\/projects\?country=FR&discipline=HERITAGE$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");

  await page.goto("/partnerships?status=ACTIVE");
  await switchLanguage(page, "Deutsch");
  await expect(page).toHaveURL(/\/de\/partnerships\?status=ACTIVE$/);
  await expect(page.locator('select[name="status"]')).toHaveValue("ACTIVE");

  await page.goto(entryPath);
  const title = await page.getByRole("heading", { level: 1 }).textContent();
  await switchLanguage(page, "한국어");
  await expect(page).toHaveURL(new RegExp(`/ko${entryPath}$`));
  await expect(page.locator("html")).toHaveAttribute("lang", "ko");
  // Content stays in the language it was written in.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title!);
  // The current language is marked, and each link says which language it leads to.
  const links = page.locator("header details a[hreflang]");
  await expect(links).toHaveCount(languages.length);
  await expect(page.locator('header details a[aria-current="true"]')).toHaveAttribute("lang", "ko");
  expect(errors).toEqual([]);
});

test("without JavaScript the language links are plain links", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/partnerships?status=ACTIVE");
  await switchLanguage(page, "Tiếng Việt");
  await expect(page).toHaveURL(/\/vi\/partnerships\?status=ACTIVE$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
  await context.close();
});

test("a page in another language names its language, its alternates and its canonical address", async ({
  page,
  request,
}) => {
  await page.goto("/fr/projects?country=FR");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  const origin = new URL(page.url()).origin;
  for (const language of languages) {
    const prefix = language === "en" ? "" : `/${language}`;
    await expect(page.locator(`link[rel="alternate"][hreflang="${language}"]`)).toHaveAttribute(
      "href",
      `${origin}${prefix}/projects?country=FR`,
    );
  }
  await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute(
    "href",
    `${origin}/projects?country=FR`,
  );
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/fr\/projects\?country=FR$/);

  // English has no prefix: /en/… is the address without it, for good.
  const english = await request.get("/en/projects?country=FR", { maxRedirects: 0 });
  expect(english.status()).toBe(308);
  expect(english.headers()["location"]).toBe("/projects?country=FR");
  // The copies are reached only through the rewrites, in every language.
  for (const path of ["/fr/cached/_/projects", "/zh/cached/_", "/cached/_/projects"])
    expect((await request.get(path)).status(), path).toBe(404);
});

test("a visitor and a member get the same HTML for /fr/projects", async ({ request, browser }) => {
  const member = await (await browser.newContext()).newPage();
  await signIn(member, "ngo@demo.example.org", "ngo-demo-password");
  for (const path of ["/fr/projects", "/fr/projects?country=FR", `/zh${entryPath}`]) {
    await expect
      .poll(
        async () => {
          const [visitor, signedIn] = [await request.get(path), await member.request.get(path)];
          return (
            visitor.headers()["x-nextjs-cache"] === "HIT" &&
            signedIn.headers()["x-nextjs-cache"] === "HIT" &&
            (await visitor.text()) === (await signedIn.text())
          );
        },
        { message: path },
      )
      .toBe(true);
  }
  // The account area is the member's own, in the page's language, and its action runs there.
  await member.goto("/fr/projects");
  await member
    .getByRole("navigation", { name: "Compte" })
    .getByRole("button", { name: "Se déconnecter" })
    .click();
  // Signed out; where the action then sends the browser is the action's own choice.
  await expect(
    member.getByRole("banner").getByRole("link", { name: /^(Se connecter|Sign in)$/ }),
  ).toBeVisible();
  await member.context().close();
});

test("the browser's language suggests the page in it, and never redirects", async ({ browser }) => {
  const context = await browser.newContext({ locale: "fr-FR" });
  const page = await context.newPage();
  const response = await page.goto("/projects?country=FR");
  expect(response?.request().redirectedFrom()).toBeNull();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  const notice = page.getByRole("complementary", { name: "Cette page existe aussi en français." });
  await expect(notice).toBeVisible();
  await expect(notice.getByRole("link", { name: "La lire en français" })).toHaveAttribute(
    "href",
    "/fr/projects?country=FR",
  );
  await notice.getByRole("button", { name: "Non, merci" }).click();
  await expect(notice).toHaveCount(0);
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(notice).toHaveCount(0);
  // In the language the browser prefers, nothing to suggest.
  await page.goto("/fr/projects");
  await expect(page.getByRole("complementary", { name: /existe aussi/ })).toHaveCount(0);
  await context.close();
});

test("errors are in the page's language", async ({ page, browser }) => {
  expect((await page.goto("/fr/projects/no-such-project"))?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page introuvable" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  expect((await page.goto("/ja/no-such-page"))?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "ページが見つかりません" })).toBeVisible();

  const member = await (await browser.newContext()).newPage();
  await signIn(member, "ngo@demo.example.org", "ngo-demo-password");
  expect((await member.goto("/ko/admin"))?.status()).toBe(403);
  await expect(member.getByRole("heading", { level: 1, name: "이 페이지를 열 수 없습니다" })).toBeVisible();
  await member.context().close();
});

// An unknown entry of every kind, in French and Korean: what the 404 page says in each.
const unknownEntries = [
  "/projects/does-not-exist",
  "/workshops/no-such-workshop",
  "/recommendations/999999",
  "/recommendations/not-a-number",
  "/partnerships/999999",
  "/organizations/no-such-organisation",
  "/countries/XX",
  "/meetings/no-such-meeting",
  "/no-such-page",
];
const notFoundTitles = { fr: "Page introuvable", ko: "페이지를 찾을 수 없습니다" };

test("an unknown entry's 404 page is in its language without JavaScript", async ({ request, browser }) => {
  for (const [locale, title] of Object.entries(notFoundTitles)) {
    for (const path of unknownEntries) {
      const response = await request.get(`/${locale}${path}`);
      expect(response.status(), `/${locale}${path}`).toBe(404);
      const html = await response.text();
      expect(html, `/${locale}${path}`).toMatch(new RegExp(`<html[^>]* lang="${locale}"`));
      expect(html, `/${locale}${path}`).toContain(`<h1>${title}</h1>`);
      expect(html, `/${locale}${path}`).toContain(`<a href="/${locale}">`);
    }
  }
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  expect((await page.goto("/fr/workshops/no-such-workshop"))?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page introuvable");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await page.getByRole("link", { name: "Aller à la vue d’ensemble" }).click();
  await expect(page).toHaveURL(/\/fr$/);
  await context.close();
});

test("with JavaScript the 404 page is drawn once, without errors", async ({ page }) => {
  const errors = consoleErrors(page);
  await page.goto("/ko/organizations/no-such-organisation");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(notFoundTitles.ko);
  await expect(page.getByRole("banner")).toBeVisible();
  expect(errors.filter((error) => !error.includes("404"))).toEqual([]);
});

for (const locale of ["fr", "ko"]) {
  test(`a project page in ${locale}: the interface and places in ${locale}, the content in its own language`, async ({
    page,
  }) => {
    const facts = messages(locale, "projects").facts;
    await page.goto(`/${locale}${entryPath}`);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    // The project's own words keep the language they were written in.
    await expect(page.getByRole("heading", { level: 1 }).locator("[lang]")).toHaveAttribute("lang", "en");
    await expect(page.locator("#description-heading + [lang]")).toHaveAttribute("lang", "en");
    const factList = page.locator("main dl");
    const countries = factList.locator("div", {
      has: page.locator("dt").getByText(facts.countries, { exact: true }),
    });
    for (const code of ["CN", "GR", "IT", "KH"]) {
      await expect(countries.getByRole("link", { name: countryIn(locale, code), exact: true })).toBeVisible();
    }
    await expect(countries).not.toContainText("China");
    const cities = factList.locator("div", {
      has: page.locator("dt").getByText(facts.cities, { exact: true }),
    });
    await expect(cities).toContainText(countryIn(locale, "IT"));
    await expect(cities).not.toContainText("Italy");

    // The same countries on the list of projects.
    await page.goto(`/${locale}/projects?country=KH`);
    await expect(page.locator("main article").first()).toContainText(countryIn(locale, "KH"));
    await expect(page.locator("main article").first()).not.toContainText("Cambodia");
  });
}

test("the workshops page names the host country in the page's language", async ({ page }) => {
  await page.goto("/fr/workshops");
  await expect(page.locator("main")).toContainText(countryIn("fr", "VN"));
  await expect(page.locator("main")).not.toContainText("Vietnam");
});

test("pairings and documented links name their countries in the page's language", async ({ page }) => {
  await page.goto("/fr/partnerships");
  const main = page.locator("main");
  const first = main
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { level: 2 }) })
    .first();
  await expect(first).toContainText(
    new RegExp(["CN", "JP", "KR"].map((code) => countryIn("fr", code)).join("|")),
  );
  await expect(first).not.toContainText(/\b(China|Japan|Korea)\b/);
  await expect(main.getByRole("link", { name: countryIn("fr", "CN") }).first()).toBeVisible();
  await expect(main.getByRole("link", { name: "China", exact: true })).toHaveCount(0);
  // The country filter too, in French alphabetical order.
  const options = await page.getByLabel(/Pays/).first().locator("option").allTextContents();
  expect(options).toContain(countryIn("fr", "KR"));
});

test("signing out from a French page lands on a French page", async ({ page }) => {
  const account = messages("fr", "layout").account;
  await signIn(page, "ngo@demo.example.org", "ngo-demo-password");
  await page.goto("/fr/projects");
  await page.getByRole("button", { name: account.signOut, exact: true }).click();
  await expect(page).toHaveURL(/\/fr$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("link", { name: account.signIn, exact: true })).toBeVisible();
});

test("a form posted without JavaScript on a page in another language works", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/de/login");
  await page.locator('main input[name="email"]').fill("ngo@demo.example.org");
  await page.locator('main input[name="password"]').fill("ngo-demo-password");
  await page.locator('main form button[type="submit"]').click();
  await expect(page).toHaveURL(/\/account$/, { timeout: 20_000 });
  await context.close();
});

test("pages in Chinese and Korean pass axe", async ({ page }) => {
  await page.goto("/zh/projects");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh");
  await expectAccessible(page);
  await page.goto(`/ko${entryPath}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "ko");
  await expectAccessible(page);
});
