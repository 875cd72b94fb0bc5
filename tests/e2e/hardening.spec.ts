import { expect, test } from "./fixtures";

// What an attacker or a mistyped link sends the production server: never a 500.
test("addresses that cannot be read answer 400, on pages, downloads and the API", async ({ request }) => {
  for (const path of [
    "/projects/%00",
    "/projects/%E9",
    "/recommendations/%00",
    "/api/v1/projects/%00",
    "/projects?organisation=%00",
    "/projects/export.csv?organisation=%00",
    "/organizations?country=%E9",
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(400);
  }
  const api = await request.get("/api/v1/projects/%00");
  expect(await api.json()).toEqual({ error: { status: 400, message: expect.stringMatching(/NUL byte/) } });
});

test("a body over 1 MB is answered 413 with a message", async ({ request }) => {
  const response = await request.post("/projects/new", {
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    data: `title=${"x".repeat(1024 * 1024 + 1)}`,
  });
  expect(response.status()).toBe(413);
  expect(await response.text()).toContain("A form may send at most 1 MB");
  // In the language of the page the form was on.
  const french = await request.post("/fr/projects/new", {
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    data: `title=${"x".repeat(1024 * 1024 + 1)}`,
  });
  expect(french.status()).toBe(413);
  const html = await french.text();
  expect(html).toContain('<html lang="fr">');
  expect(html).toContain("Un formulaire peut envoyer au plus 1 Mo");
});

test("downloads refuse a filter they do not know; the list page says it is not valid", async ({
  page,
  request,
}) => {
  const download = await request.get("/projects/export.csv?country=ZZ");
  expect(download.status()).toBe(400);
  expect(await download.text()).toContain("Not a valid filter: country=ZZ");
  await page.goto("/projects?country=ZZ");
  await expect(page.getByRole("alert").filter({ hasText: "Not a valid filter: country=ZZ" })).toBeVisible();
});

test("signing in never ends on another site, nor does a signed-in visit of the sign-in page", async ({
  page,
}) => {
  const away = "/login?callbackUrl=%2F%09%2Fevil.example%2Fphish";
  await page.goto(away);
  await page.getByLabel("E-mail address", { exact: true }).fill("ngo@demo.example.org");
  await page.getByLabel("Password", { exact: true }).fill("ngo-demo-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/account$/, { timeout: 20_000 });
  await page.goto(away);
  await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/account$/);
});
