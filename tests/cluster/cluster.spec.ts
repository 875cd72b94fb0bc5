import { expect, test, type APIRequestContext } from "@playwright/test";
import { sampleProject, signIn } from "../e2e/fixtures";
import { clusterPorts } from "./ports";

// Two instances behind nginx share Postgres and Redis: a write through the first is on
// the second's page, list, search, feed and API within a second.
const [first, second] = clusterPorts().instancePorts.map((port) => `http://localhost:${port}`);
const WITHIN_MS = 1_000;

type Check = (request: APIRequestContext) => Promise<boolean>;
const body = (request: APIRequestContext, path: string) =>
  request.get(`${second}${path}`).then((response) => response.text());

// Warms the second instance's copies first, so they hold the state before the write.
async function expectSeenWithin(
  request: APIRequestContext,
  checks: Record<string, Check>,
  write: () => Promise<void>,
) {
  for (const [name, check] of Object.entries(checks))
    expect(await check(request), `${name} before`).toBe(false);
  await write();
  const start = Date.now();
  const seen: Record<string, number> = {};
  while (Object.keys(seen).length < Object.keys(checks).length && Date.now() - start < 10 * WITHIN_MS) {
    // All at once: one after the other, each would wait for the others' renders.
    await Promise.all(
      Object.entries(checks).map(async ([name, check]) => {
        if (!(name in seen) && (await check(request))) seen[name] = Date.now() - start;
      }),
    );
  }
  const late = Object.keys(checks).filter((name) => !(seen[name] < WITHIN_MS));
  expect(late, `ms until the other instance showed it: ${JSON.stringify(seen)}`).toEqual([]);
}

test("an admin's hide through one instance is on the other's page, list, search, feed and API", async ({
  page,
  request,
}) => {
  const { slug } = sampleProject;
  // The full title is the result's; the search box echoes only what was asked.
  const title = "Sound of Two Coasts: Veszprém";
  await signIn(page, "admin@demo.example.org", "admin-demo-password", first);
  await page.goto(`${first}/projects/${slug}`);
  await page.getByText("Hide this project (admin)").click();
  await page.getByLabel("Reason shown in place of the entry").fill("Withdrawn by its organisers.");
  await expectSeenWithin(
    request,
    {
      page: async (r) => (await body(r, `/projects/${slug}`)).includes("This project has been hidden"),
      list: async (r) => !(await body(r, "/projects?discipline=MUSIC")).includes(title),
      search: async (r) =>
        !(await body(r, `/projects?q=${encodeURIComponent("Sound of Two Coasts")}`)).includes(title),
      feed: async (r) => !(await body(r, "/projects/feed.xml")).includes(title),
      api: async (r) => (await r.get(`${second}/api/v1/projects/${slug}`)).status() === 404,
    },
    async () => {
      await page.getByRole("button", { name: "Hide the entry" }).click();
      await expect(page).toHaveURL(/notice=hidden/);
    },
  );
});

test("a member's new project and endorsement through one instance are on the other's", async ({
  page,
  request,
}) => {
  await signIn(page, "ngo@demo.example.org", "ngo-demo-password", first);
  const title = `Cluster Residency ${Date.now()}`;
  await page.goto(`${first}/projects/new`);
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Summary").fill("Two instances, one portal.");
  await page
    .getByLabel("Description")
    .fill("Residencies between two cities, written through one instance and read through another.");
  const countries = page.getByRole("combobox", { name: "Countries" });
  await countries.fill("Viet");
  await page.keyboard.press("Enter");
  await page.getByRole("checkbox", { name: "Performing arts" }).check();
  await page.getByRole("checkbox", { name: "Artist mobility" }).check();
  await expectSeenWithin(
    request,
    {
      list: async (r) => (await body(r, "/projects")).includes(title),
      search: async (r) => (await body(r, "/projects?q=Cluster+Residency")).includes(title),
      feed: async (r) => (await body(r, "/projects/feed.xml")).includes(title),
      api: async (r) => (await body(r, "/api/v1/projects?sort=newest")).includes(title),
    },
    async () => {
      await page.getByRole("button", { name: "Submit project" }).click();
      await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    },
  );

  const slug = "sample-shared-stages-residency-matera-xi-an";
  const endorsers = async (r: APIRequestContext) =>
    (
      (await (await r.get(`${second}/api/v1/projects/${slug}`)).json()) as {
        data: { endorsementCount: number };
      }
    ).data.endorsementCount;
  const before = await endorsers(request);
  await page.goto(`${first}/projects/${slug}`);
  const endorse = page.getByRole("button", { name: /^Endorse on behalf of/ });
  const withdraw = page.getByRole("button", { name: "Withdraw our endorsement" });
  await expect(endorse.or(withdraw)).toBeVisible();
  const endorsed = await withdraw.isVisible();
  const expected = endorsed ? before - 1 : before + 1;
  const pageCount = async (r: APIRequestContext) =>
    (await body(r, `/projects/${slug}`)).includes(
      expected === 0 ? "No organisation has endorsed" : `>${expected} organisation`,
    );
  await expectSeenWithin(
    request,
    { page: pageCount, api: async (r) => (await endorsers(r)) === expected },
    async () => {
      await (endorsed ? withdraw : endorse).click();
      await expect(endorsed ? endorse : withdraw).toBeVisible();
    },
  );
});
