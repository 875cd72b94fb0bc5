import "server-only";
import { Feed } from "feed";
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

function newFeed(locale: Locale, list: "projects" | "recommendations", description: string, updated?: Date) {
  const origin = publicOrigin();
  const page = `${origin}${localizedPath(locale, `/${list}`)}`;
  const siteName = translatorFor(locale, "site")("siteName");
  return new Feed({
    id: page,
    link: page,
    feed: `${page}/feed.xml`,
    title: `${translatorFor(locale, `lists.${list}`)("feedTitle")} · ${siteName}`,
    description,
    language: locale,
    updated: updated ?? new Date(),
    author: { name: siteName, link: `${origin}${localizedPath(locale, "/")}` },
    generator: siteName,
  });
}

// The feed is as new as its most recently edited entry.
const latest = (dates: Date[]) =>
  dates.length ? new Date(Math.max(...dates.map((date) => date.getTime()))) : undefined;

function atomResponse(feed: Feed) {
  return new Response(feed.atom1(), {
    headers: {
      "Content-Type": "application/atom+xml; charset=utf-8",
      "Cache-Control": sharedCacheControl,
    },
  });
}

export async function projectsFeed(_request: Request, { params }: FeedContext) {
  const locale = feedLocale((await params).locale);
  const origin = publicOrigin();
  const [t, tLabels] = [translatorFor(locale, "feeds"), translatorFor(locale, "labels")];
  const projects = await listLatestProjects(FEED_LENGTH);
  const feed = newFeed(
    locale,
    "projects",
    t("projectsDescription"),
    latest(projects.map((project) => project.updatedAt)),
  );
  for (const project of projects) {
    const link = `${origin}${localizedPath(locale, `/projects/${project.slug}`)}`;
    feed.addItem({
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
          link: `${origin}${localizedPath(locale, `/organizations/${project.leadOrganisation.slug}`)}`,
        },
      ],
      category: project.disciplines.map((discipline) => ({
        name: label(tLabels, "discipline", discipline),
      })),
    });
  }
  return atomResponse(feed);
}

export async function statusChangesFeed(_request: Request, { params }: FeedContext) {
  const locale = feedLocale((await params).locale);
  const origin = publicOrigin();
  const [t, tLabels] = [translatorFor(locale, "feeds"), translatorFor(locale, "labels")];
  const changes = await listLatestStatusChanges(FEED_LENGTH);
  const feed = newFeed(
    locale,
    "recommendations",
    t("recommendationsDescription"),
    latest(changes.flatMap((change) => [change.changedAt, change.recommendation.updatedAt])),
  );
  for (const change of changes) {
    const { recommendation } = change;
    const link = `${origin}${localizedPath(locale, `/recommendations/${recommendation.id}`)}`;
    const status = label(tLabels, "recommendationStatus", change.toStatus);
    const summary = [
      change.fromStatus
        ? t("changed", { from: label(tLabels, "recommendationStatus", change.fromStatus), to: status })
        : t("recorded", { status }),
      change.meeting && t("meeting", { meeting: change.meeting.name }),
      change.note,
      t("workshop", { workshop: recommendation.workshop.title }),
    ];
    feed.addItem({
      // One entry per change, so a recommendation that moves twice appears twice.
      id: `${link}#status-${change.id}`,
      link,
      title: escapeHtml(t("entryTitle", { title: recommendation.title, status })),
      description: escapeHtml(summary.filter(Boolean).join(" ")),
      // The entry shows the recommendation's title: an edit of it updates the entry.
      date: latest([change.changedAt, change.recommendation.updatedAt])!,
      published: change.changedAt,
    });
  }
  return atomResponse(feed);
}
