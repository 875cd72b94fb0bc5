import { expect, signIn, test } from "./fixtures";

const cacheHeader = "x-nextjs-cache";

test("visitors get public pages from Next's cache, whatever the order of the filters", async ({
  request,
}) => {
  const pages = [
    "/",
    "/projects",
    "/projects?discipline=HERITAGE&country=FR",
    "/projects/sample-shared-stages-residency-san-sebastian-jeju",
    "/countries/FR",
    "/partnerships",
    "/workshops",
  ];
  for (const path of pages) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    // Polled: another spec's write may drop the cached copy between two requests.
    await expect
      .poll(async () => (await request.get(path)).headers()[cacheHeader], { message: path })
      .toBe("HIT");
  }
  // The same filters in another order, with the empty ones a GET form sends, are the same copy.
  await expect
    .poll(
      async () => (await request.get("/projects?country=FR&q=&discipline=HERITAGE")).headers()[cacheHeader],
    )
    .toBe("HIT");
});

test("forms, downloads and signed-in members are never served a cached page", async ({ request, page }) => {
  const form = await request.get("/projects/new", { maxRedirects: 0 });
  expect(form.status()).toBe(307);
  expect(form.headers().location).toContain("/login");
  const download = await request.get("/projects/export.csv");
  expect(download.headers()["content-type"]).toContain("text/csv");
  expect(download.headers()[cacheHeader]).toBeUndefined();

  await signIn(page, "ngo@demo.example.org", "ngo-demo-password");
  for (const path of ["/", "/projects", "/projects/sample-shared-stages-residency-san-sebastian-jeju"]) {
    const response = await page.request.get(path);
    expect(response.headers()[cacheHeader], path).toBeUndefined();
    expect(await response.text(), path).toContain("Lan Nguyen (demo NGO member)");
  }
});
