import { expect, expectAccessible, test } from "./fixtures";

test("/countries maps at least 50 partners, each a link named with its projects", async ({ page }) => {
  // axe reads every mark of the map: several seconds on a busy 2-core machine.
  test.slow();
  await page.goto("/countries");
  const map = page.getByRole("group", { name: "Map of the partners, their cities and pairings" });
  const partners = map.locator('a[href^="/countries/"]');
  expect(await partners.count()).toBeGreaterThanOrEqual(50);
  for (const name of await partners.evaluateAll((links) =>
    links.map((a) => a.querySelector("title")?.textContent),
  ))
    expect(name).toMatch(/^.+: (no projects|[\d,]+ projects?)$/);
  await expect(
    map.getByRole("link", {
      name: /^Lublin, Poland: European Capital of Culture 2029$/,
    }),
  ).toBeVisible();
  await expect(
    map.getByRole("link", { name: /^Yokohama, Japan: Culture City of East Asia 2014$/ }),
  ).toBeVisible();
  await expectAccessible(page);

  // The shapes come from the map's SVG file: the land spans most of the map, and
  // Japan lies in its eastern half.
  const mapBox = (await map.boundingBox())!;
  const landBox = (await map.locator("use.land").boundingBox())!;
  expect(landBox.x).toBeGreaterThanOrEqual(mapBox.x - 1);
  expect(landBox.x + landBox.width).toBeLessThanOrEqual(mapBox.x + mapBox.width + 1);
  expect(landBox.width).toBeGreaterThan(mapBox.width / 2);
  const japan = (await map.locator('a[href="/countries/JP"] use').boundingBox())!;
  expect(japan.x).toBeGreaterThan(mapBox.x + mapBox.width / 2);
  expect(japan.width).toBeGreaterThan(10);

  // By keyboard: Japan's cities lie over its shape.
  await map.getByRole("link", { name: /^Japan: / }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/countries\/JP$/);
  await expect(page.getByRole("heading", { level: 1, name: "Japan" })).toBeVisible();
});

test("the map is drawn without JavaScript, its tables list every city and where its point is from", async ({
  browser,
}) => {
  const page = await browser.newPage({ javaScriptEnabled: false });
  await page.goto("/countries");
  await expect(
    page.getByRole("group", { name: "Map of the partners, their cities and pairings" }),
  ).toBeVisible();
  await expect(page.getByText(/not drawn: ASEAN Secretariat and European Union\./)).toBeVisible();
  await page.getByText("The map's data as tables").click();
  const cities = page.getByRole("table", { name: "Cities on the map" });
  await expect(
    cities.getByRole("row", { name: /Paris, France .* 48\.853, 2\.349 GeoNames 2988507/ }),
  ).toBeVisible();
  await expect(
    cities.getByRole("row", { name: /Oita Prefecture, Japan .* No point Not placed: a prefecture/ }),
  ).toBeVisible();
  await expect(cities.getByRole("row", { name: /Antwerp, Belgium .*“Antwerpen”/ })).toBeVisible();
  await page.close();
});

test("/partnerships draws each placed pairing as an arc that links to it", async ({ page }) => {
  await page.goto("/partnerships");
  const map = page.getByRole("group", { name: "Map of these pairings" });
  const arcs = map.locator('a[href^="/partnerships/"]');
  const count = await arcs.count();
  expect(count).toBeGreaterThan(0);
  const [name, href] = await arcs
    .first()
    .evaluate((a) => [a.querySelector("title")!.textContent!, a.getAttribute("href")!]);
  expect(name).toMatch(/^City pairing .+ \d{4} – .+ \d{4}$/);
  // By keyboard: a city's point or a country may lie over the arc's middle.
  await arcs.first().focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  const [ecoc, ccea] = name.replace("City pairing ", "").split(" – ");
  await expect(page.getByRole("heading", { level: 1 })).toContainText(ecoc.replace(/ \d{4}$/, ""));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(ccea.replace(/ \d{4}$/, ""));
});

test("a filter narrows the arcs to the pairings it matches", async ({ page }) => {
  const arcsOf = async (path: string) => {
    await page.goto(path);
    const map = page.getByRole("group", { name: "Map of these pairings" });
    return map
      .locator('a[href^="/partnerships/"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  };
  const all = await arcsOf("/partnerships");
  const active = await arcsOf("/partnerships?status=ACTIVE");
  expect(active.length).toBeGreaterThan(0);
  expect(active.length).toBeLessThan(all.length);
  const listed = await page
    .locator('main a[href^="/partnerships/"]:not(svg a)')
    .evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  for (const href of active) expect(listed).toContain(href);
});

test("a country's page is zoomed to it, with its own cities", async ({ page }) => {
  test.slow();
  await page.goto("/countries/FR");
  const map = page.getByRole("group", { name: "France on the map" });
  await expect(
    map.getByRole("link", { name: /^Marseille, France: European Capital of Culture 2013$/ }),
  ).toBeVisible();
  await expect(map.getByRole("link", { name: /^Germany: / })).toBeVisible();
  await expect(map.getByRole("link", { name: /^Japan: / })).toHaveCount(0);
  await expectAccessible(page);
});
