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
});

test("members and admins get cached copies of their own; forms, downloads and their own view of an entry render on request", async ({
  request,
  browser,
}) => {
  const form = await request.get("/projects/new", { maxRedirects: 0 });
  expect(form.status()).toBe(307);
  expect(form.headers().location).toContain("/login");
  const download = await request.get("/projects/export.csv");
  expect(download.headers()["content-type"]).toContain("text/csv");
  expect(download.headers()[cacheHeader]).toBeUndefined();
  // The copies are reached only through the rewrites.
  expect((await request.get("/cached/member/_/projects")).status()).toBe(404);

  const member = await (await browser.newContext()).newPage();
  await signIn(member, "ngo@demo.example.org", "ngo-demo-password");
  for (const path of [
    "/",
    "/projects",
    "/projects?country=FR",
    "/projects/sample-shared-stages-residency-matera-xi-an/endorsements",
    "/countries/FR",
    "/workshops",
  ]) {
    expect((await member.request.get(path)).status(), path).toBe(200);
    await expect
      .poll(async () => (await member.request.get(path)).headers()[cacheHeader], { message: path })
      .toBe("HIT");
    const html = await (await member.request.get(path)).text();
    expect(html, path).toContain("Your account");
    expect(html, path).not.toContain('href="/login"');
  }
  // Those copies came through next.config.mjs's rewrites, which read the viewer hint…
  const hint = async () =>
    (await member.context().cookies()).find((cookie) => cookie.name === "portal-viewer")?.value;
  expect(await hint()).toBe("member");
  // …which next-auth's own endpoints drop when they write the session: then proxy.ts
  // reads the session and serves the same copy.
  expect((await member.request.get("/api/auth/session")).ok()).toBe(true);
  expect(await hint()).toBeUndefined();
  await expect.poll(async () => (await member.request.get("/projects")).headers()[cacheHeader]).toBe("HIT");
  expect(await (await member.request.get("/projects")).text()).toContain("Your account");

  // An entry's copy is the members' too, with the report form; the member's own edit
  // link and endorsement form come from the browser…
  const entryPath = "/projects/sample-shared-stages-residency-matera-xi-an";
  await expect.poll(async () => (await member.request.get(entryPath)).headers()[cacheHeader]).toBe("HIT");
  const entry = await (await member.request.get(entryPath)).text();
  expect(entry).toContain("Send the report");
  expect(entry).not.toContain("Endorse on behalf of");
  await member.goto(entryPath);
  await expect(member.getByRole("button", { name: /^(Endorse on behalf of|Withdraw our)/ })).toBeVisible();
  // …or, without JavaScript, from their own view of it, rendered for them: their
  // forms and a link to the entry's page, not the entry again.
  const ownView = await member.request.get(`${entryPath}?yours=1`);
  expect(ownView.headers()[cacheHeader]).toBeUndefined();
  const ownViewHtml = await ownView.text();
  expect(ownViewHtml).toMatch(/Endorse on behalf of|Withdraw our endorsement/);
  expect(ownViewHtml).toContain(`href="${entryPath}"`);
  expect(ownViewHtml).toContain("badge-sample");
  expect(ownViewHtml).not.toContain("Send the report");

  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, "admin@demo.example.org", "admin-demo-password");
  // The admins' copy differs from the members' by the admin link.
  await expect.poll(async () => (await admin.request.get("/projects")).headers()[cacheHeader]).toBe("HIT");
  expect(await (await admin.request.get("/projects")).text()).toContain('href="/admin"');
  expect(await (await member.request.get("/projects")).text()).not.toContain('href="/admin"');
  // An admin's copy of an entry holds the form that hides it.
  await expect.poll(async () => (await admin.request.get(entryPath)).headers()[cacheHeader]).toBe("HIT");
  expect(await (await admin.request.get(entryPath)).text()).toContain("Hide the entry");
});
