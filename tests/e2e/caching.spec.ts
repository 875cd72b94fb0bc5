import { expect, signIn, test } from "./fixtures";

const cacheHeader = "x-nextjs-cache";

test("visitors get public pages from Next's cache, whatever the order of the filters", async ({
  request,
}) => {
  const pages = [
    "/",
    "/projects",
    "/projects?discipline=HERITAGE&country=FR",
    "/projects/sample-shared-stages-residency-matera-xi-an",
    "/projects/sample-shared-stages-residency-matera-xi-an/endorsements",
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
  // A parameter no list reads changes nothing: the copy without a query.
  await expect
    .poll(async () => (await request.get("/projects?utm_source=feed")).headers()[cacheHeader])
    .toBe("HIT");
  const filtered = await (await request.get("/projects?country=FR&utm_source=feed")).text();
  expect(filtered).toContain('<option value="FR" selected="">');
  // The same filters in another order, with the empty ones a GET form sends, are the same copy.
  await expect
    .poll(
      async () => (await request.get("/projects?country=FR&q=&discipline=HERITAGE")).headers()[cacheHeader],
    )
    .toBe("HIT");
  // A search of several words is a copy too; one with characters a path cannot hold as
  // they are is rendered on request, with what it asked for.
  await expect
    .poll(async () => (await request.get("/projects?q=heritage%20site&country=FR")).headers()[cacheHeader])
    .toBe("HIT");
  for (const q of ["café", "a/b", "100%", "文化"]) {
    const response = await request.get(`/fr/projects?q=${encodeURIComponent(q)}&country=FR`);
    expect(response.status(), q).toBe(200);
    expect(response.headers()[cacheHeader], q).toBeUndefined();
    const body = await response.text();
    expect(body, q).toContain(`value="${q}"`);
    expect(body, q).toContain('<option value="FR" selected="">');
  }
  // A parameter given twice means its last value, on the copy and on request alike.
  for (const path of ["/projects?country=FR&country=DE", "/projects?country=FR&country=DE&q=caf%C3%A9"]) {
    const body = await (await request.get(path)).text();
    expect(body, path).toContain('<option value="DE" selected="">');
    expect(body, path).not.toContain('<option value="FR" selected="">');
  }
});

test("visitor and member get the same body for the same URL; nothing that differs by viewer is shared-cacheable", async ({
  request,
  browser,
}) => {
  const entryPath = "/projects/sample-shared-stages-residency-matera-xi-an";
  const member = await (await browser.newContext()).newPage();
  await signIn(member, "ngo@demo.example.org", "ngo-demo-password");
  for (const path of [
    "/",
    "/projects",
    "/projects?country=FR",
    entryPath,
    `${entryPath}/endorsements`,
    "/countries/FR",
  ]) {
    // Polled: another spec's write may expire the page between two requests.
    await expect
      .poll(
        async () => {
          const [visitor, signedIn] = [await request.get(path), await member.request.get(path)];
          return (
            visitor.headers()[cacheHeader] === "HIT" &&
            signedIn.headers()[cacheHeader] === "HIT" &&
            (await visitor.text()) === (await signedIn.text())
          );
        },
        { message: path },
      )
      .toBe(true);
    const response = await member.request.get(path);
    // Identical for everyone, so a shared cache may keep it, for seconds.
    expect(response.headers()["cache-control"], path).toBe("public, max-age=0, s-maxage=10");
    const html = await response.text();
    // Rendered markup, not the interface strings the page hands its islands.
    expect(html, path).not.toMatch(/>Sign out</);
    expect(html, path).not.toMatch(/>Endorse on behalf of/);
  }

  // What differs by viewer is never shared-cacheable.
  for (const path of [
    "/api/viewer",
    `/api/viewer?project=sample-shared-stages-residency-matera-xi-an`,
    `${entryPath}/endorse`,
    "/account",
  ]) {
    const response = await member.request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["cache-control"], path).toMatch(/private|no-store/);
    expect(response.headers()["cache-control"], path).not.toMatch(/public|s-maxage/);
    expect(response.headers()[cacheHeader], path).toBeUndefined();
  }
  const viewer = await (await member.request.get("/api/viewer")).json();
  expect(viewer.user).toEqual({ name: expect.any(String), admin: false });
  // The copies are reached only through the rewrites: by their own address, the portal's 404 page.
  for (const [path, heading] of [
    ["/cached/_/projects", "Page not found"],
    ["/fr/cached/_/projects", "Page introuvable"],
  ]) {
    const copy = await request.get(path);
    expect(copy.status(), path).toBe(404);
    expect(copy.headers()["content-type"], path).toContain("text/html");
    expect(await copy.text(), path).toContain(heading);
  }
  const download = await request.get("/projects/export.csv");
  expect(download.headers()["content-type"]).toContain("text/csv");
  expect(download.headers()[cacheHeader]).toBeUndefined();

  // In the browser, the islands fill in the viewer's own: their name, their forms.
  await member.goto(entryPath);
  const account = member.getByRole("navigation", { name: "Account" });
  await expect(account.getByRole("button", { name: "Sign out" })).toBeVisible();
  await expect(account.getByRole("link", { name: /Your account \(.+\)/ })).toBeVisible();
  await expect(member.getByRole("button", { name: /^(Endorse on behalf of|Withdraw our)/ })).toBeVisible();
  await expect(member.getByText("Report this project to the moderators")).toBeVisible();
  await expect(member.getByText(/Hide this project \(admin\)/)).toHaveCount(0);

  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, "admin@demo.example.org", "admin-demo-password");
  await admin.goto(entryPath);
  await expect(
    admin.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Admin", exact: true }),
  ).toBeVisible();
  await expect(admin.getByText(/Hide this project \(admin\)/)).toBeVisible();
  await member.context().close();
  await admin.context().close();
});
