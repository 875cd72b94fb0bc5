import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { GET as projectsFeed } from "@/app/[locale]/(site)/projects/feed.xml/route";
import { GET as statusFeed } from "@/app/[locale]/(site)/recommendations/feed.xml/route";
import { db } from "@/lib/db";
import { inEnglish, label } from "@/lib/labels";
import { createProject, createRecommendation } from "../setup/factories";
import { callRoute, type RouteHandler } from "../setup/routes";

// Whatever host and scheme a client claims, links are written from PUBLIC_URL. The feed of a
// page in a language: /fr/projects/feed.xml is app/[locale] with locale "fr".
const call = (handler: RouteHandler, url: string) =>
  callRoute(handler, url, {
    params: { locale: /^\/(fr|de|zh|ja|ko|vi)\//.exec(url)?.[1] ?? "en" },
    headers: { "x-forwarded-host": "evil.example", "x-forwarded-proto": "http" },
  });

const feedTexts = async (response: Response) => {
  const document = new JSDOM(await response.text(), { contentType: "application/xml" }).window.document;
  const text = (selector: string) => document.querySelector(selector)?.textContent;
  return {
    title: text("feed > title"),
    subtitle: text("feed > subtitle"),
    link: document.querySelector("feed > link")?.getAttribute("href"),
    entryLink: document.querySelector("entry > link")?.getAttribute("href"),
    entryTitle: text("entry > title"),
    entrySummary: text("entry > summary"),
  };
};

// Parsed as XML, so a feed that is not well-formed fails here.
const atom = async (response: Response) => {
  expect(response.headers.get("Content-Type")).toBe("application/atom+xml; charset=utf-8");
  const document = new JSDOM(await response.text(), { contentType: "application/xml" }).window.document;
  expect(document.documentElement.localName).toBe("feed");
  expect(document.documentElement.namespaceURI).toBe("http://www.w3.org/2005/Atom");
  // What RFC 4287 requires of a feed and of each entry.
  for (const element of ["id", "title", "updated", "author > name"])
    expect(document.querySelector(`feed > ${element}`), element).not.toBeNull();
  const entries = [...document.querySelectorAll("entry")];
  expect(entries.length).toBeLessThanOrEqual(50);
  return entries.map((entry) => {
    for (const element of ["id", "title", "updated"]) expect(entry.querySelector(element)).not.toBeNull();
    return {
      title: entry.querySelector("title")?.textContent,
      link: entry.querySelector("link")?.getAttribute("href"),
      id: entry.querySelector("id")?.textContent,
    };
  });
};

describe("Atom feeds", () => {
  it("list the newest published projects", async () => {
    const project = await createProject({
      title: "Feeds & <friends>",
      createdAt: new Date(Date.now() + 60_000),
    });
    await createProject({ visibility: "HIDDEN", createdAt: new Date(Date.now() + 120_000) });
    const entries = await atom(await call(projectsFeed, "/projects/feed.xml"));
    expect(entries[0]).toMatchObject({
      title: "Feeds &amp; &lt;friends&gt;",
      link: `https://culture.example.org/projects/${project.slug}`,
    });
  });

  it("list the latest status changes of published recommendations", async () => {
    const shown = await createRecommendation();
    const hidden = await createRecommendation({ visibility: "HIDDEN" });
    const at = new Date(Date.now() + 60_000);
    await db.recommendationStatusChange.createMany({
      data: [
        { recommendationId: shown.id, fromStatus: "SUBMITTED", toStatus: "FORWARDED", changedAt: at },
        { recommendationId: hidden.id, toStatus: "DECLINED", changedAt: new Date(at.getTime() + 1000) },
      ],
    });
    const entries = await atom(await call(statusFeed, "/recommendations/feed.xml"));
    expect(entries[0].title).toBe(`${shown.title}: ${label(inEnglish, "recommendationStatus", "FORWARDED")}`);
    expect(entries[0].link).toBe(`https://culture.example.org/recommendations/${shown.id}`);
    expect(entries[0].id).toMatch(
      new RegExp(`^https://culture.example.org/recommendations/${shown.id}#status-`),
    );
    expect(entries.map((entry) => entry.link)).not.toContain(
      `https://culture.example.org/recommendations/${hidden.id}`,
    );
  });

  it("speak the language of their page, entries as they were written", async () => {
    const project = await createProject({
      title: "Sons de la route de la soie",
      language: "fr",
      createdAt: new Date(Date.now() + 180_000),
    });
    const french = await feedTexts(await call(projectsFeed, "/fr/projects/feed.xml"));
    expect(french).toMatchObject({
      title: "Nouveaux projets de coopération · Portail culturel de l’ASEM",
      subtitle: "Les derniers projets de coopération culturelle Asie–Europe publiés sur le portail.",
      link: "https://culture.example.org/fr/projects",
      entryLink: `https://culture.example.org/fr/projects/${project.slug}`,
      entryTitle: project.title,
    });

    const recommendation = await createRecommendation();
    await db.recommendationStatusChange.create({
      data: {
        recommendationId: recommendation.id,
        fromStatus: "SUBMITTED",
        toStatus: "IMPLEMENTED",
        changedAt: new Date(Date.now() + 240_000),
      },
    });
    const korean = await feedTexts(await call(statusFeed, "/ko/recommendations/feed.xml"));
    expect(korean).toMatchObject({
      title: "권고 상태 변경 · ASEM 문화 포털",
      link: "https://culture.example.org/ko/recommendations",
      entryLink: `https://culture.example.org/ko/recommendations/${recommendation.id}`,
      entryTitle: `${recommendation.title}: 이행됨`,
    });
    expect(korean.entrySummary).toMatch(/^‘제출됨’에서 ‘이행됨’\(으\)로\./);
  });
});
