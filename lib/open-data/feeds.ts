import "server-only";
import { Feed, type Item } from "feed";
import { hasLocale } from "next-intl";
import { localizedPath } from "@/i18n/locale-names";
import { routing, type Locale } from "@/i18n/routing";
import { sharedCacheControl } from "@/lib/http-cache";
import { label } from "@/lib/labels";
import { listLatestProjects } from "@/lib/queries/projects";
import { listLatestStatusChanges } from "@/lib/queries/recommendations";
import { publicOrigin } from "@/lib/public-url";
import { translatorFor } from "@/lib/translator";

export const FEED_LENGTH = 50;

// The feed library marks titles and summaries as HTML, so plain text is escaped first.
const entities: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};
function escapeHtml(text: string) {
  return text.replace(/[&<>"']/g, (character) => entities[character]);
}

// Each feed speaks its page's language (/fr/projects/feed.xml is French, /projects/feed.xml
// English): its title, descriptions and links; entries keep the language they were written in.
function feedLocale(segment: string): Locale {
  return hasLocale(routing.locales, segment) ? segment : routing.defaultLocale;
}

// The route handlers' second argument under app/[locale].
export type FeedContext = { params: Promise<{ locale: string }> };

// What a feed's entries are written with: its language's translators and links into its pages.
type FeedWriting = {
  t: ReturnType<typeof translatorFor<"feeds">>;
  tLabels: ReturnType<typeof translatorFor<"labels">>;
  linkTo: (path: string) => string;
};

// The feed is as new as its most recently edited entry.
const latest = (dates: Date[]) =>
  dates.length ? new Date(Math.max(...dates.map((date) => date.getTime()))) : undefined;

// A list's feed: its entries written in its page's language, answered as Atom.
function feedRoute(
  list: "projects" | "recommendations",
  write: (writing: FeedWriting) => Promise<{ description: string; entries: Item[] }>,
) {
  return async (_request: Request, { params }: FeedContext) => {
    const locale = feedLocale((await params).locale);
    const origin = publicOrigin();
    const linkTo = (path: string) => `${origin}${localizedPath(locale, path)}`;
    const { description, entries } = await write({
      t: translatorFor(locale, "feeds"),
      tLabels: translatorFor(locale, "labels"),
      linkTo,
    });
    const page = linkTo(`/${list}`);
    const siteName = translatorFor(locale, "site")("siteName");
    const feed = new Feed({
      id: page,
      link: page,
      feed: `${page}/feed.xml`,
      title: `${translatorFor(locale, `lists.${list}`)("feedTitle")} · ${siteName}`,
      description,
      language: locale,
      updated: latest(entries.map((entry) => entry.date)) ?? new Date(),
      author: { name: siteName, link: linkTo("/") },
      generator: siteName,
    });
    for (const entry of entries) feed.addItem(entry);
    return new Response(feed.atom1(), {
      headers: {
        "Content-Type": "application/atom+xml; charset=utf-8",
        "Cache-Control": sharedCacheControl,
      },
    });
  };
}

export const projectsFeed = feedRoute("projects", async ({ t, tLabels, linkTo }) => ({
  description: t("projectsDescription"),
  entries: (await listLatestProjects(FEED_LENGTH)).map((project) => {
    const link = linkTo(`/projects/${project.slug}`);
    return {
      id: link,
      link,
      title: escapeHtml(project.title),
      description: escapeHtml(project.summary),
      // Atom's <updated>: the project's last edit; <published>: when it appeared.
      date: project.updatedAt,
      published: project.createdAt,
      author: [
        {
          name: project.leadOrganisation.name,
          link: linkTo(`/organizations/${project.leadOrganisation.slug}`),
        },
      ],
      category: project.disciplines.map((discipline) => ({
        name: label(tLabels, "discipline", discipline),
      })),
    };
  }),
}));

export const statusChangesFeed = feedRoute("recommendations", async ({ t, tLabels, linkTo }) => ({
  description: t("recommendationsDescription"),
  entries: (await listLatestStatusChanges(FEED_LENGTH)).map((change) => {
    const { recommendation } = change;
    const link = linkTo(`/recommendations/${recommendation.id}`);
    const status = label(tLabels, "recommendationStatus", change.toStatus);
    const summary = [
      change.fromStatus
        ? t("changed", { from: label(tLabels, "recommendationStatus", change.fromStatus), to: status })
        : t("recorded", { status }),
      change.meeting && t("meeting", { meeting: change.meeting.name }),
      change.note,
      t("workshop", { workshop: recommendation.workshop.title }),
    ];
    return {
      // One entry per change, so a recommendation that moves twice appears twice.
      id: `${link}#status-${change.id}`,
      link,
      title: escapeHtml(t("entryTitle", { title: recommendation.title, status })),
      description: escapeHtml(summary.filter(Boolean).join(" ")),
      // The entry shows the recommendation's title: an edit of it updates the entry.
      date: latest([change.changedAt, recommendation.updatedAt])!,
      published: change.changedAt,
    };
  }),
}));
