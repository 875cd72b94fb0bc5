import "server-only";
import { sharedCacheControl } from "@/lib/http-cache";
import { Feed } from "feed";
import { inEnglish, label } from "@/lib/labels";
import { listLatestProjects } from "@/lib/queries/projects";
import { listLatestStatusChanges } from "@/lib/queries/recommendations";
import { publicOrigin } from "@/lib/public-url";

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

function newFeed(origin: string, path: string, title: string, description: string, updated?: Date) {
  return new Feed({
    id: `${origin}${path}`,
    link: `${origin}${path}`,
    feed: `${origin}${path}/feed.xml`,
    title,
    description,
    updated: updated ?? new Date(),
    author: { name: "ASEM Culture Portal", link: origin },
    generator: "ASEM Culture Portal",
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

export async function projectsFeed() {
  const origin = publicOrigin();
  const projects = await listLatestProjects(FEED_LENGTH);
  const feed = newFeed(
    origin,
    "/projects",
    "New cooperation projects · ASEM Culture Portal",
    "The latest Asia–Europe cultural cooperation projects published on the portal.",
    latest(projects.map((project) => project.updatedAt)),
  );
  for (const project of projects) {
    const link = `${origin}/projects/${project.slug}`;
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
          link: `${origin}/organizations/${project.leadOrganisation.slug}`,
        },
      ],
      category: project.disciplines.map((discipline) => ({
        name: label(inEnglish, "discipline", discipline),
      })),
    });
  }
  return atomResponse(feed);
}

export async function statusChangesFeed() {
  const origin = publicOrigin();
  const changes = await listLatestStatusChanges(FEED_LENGTH);
  const feed = newFeed(
    origin,
    "/recommendations",
    "Recommendation status changes · ASEM Culture Portal",
    "Where the recommendations of ASEM workshops and organisations stand: each change of status as it is recorded.",
    latest(changes.flatMap((change) => [change.changedAt, change.recommendation.updatedAt])),
  );
  for (const change of changes) {
    const { recommendation } = change;
    const link = `${origin}/recommendations/${recommendation.id}`;
    const status = label(inEnglish, "recommendationStatus", change.toStatus);
    const summary = [
      change.fromStatus
        ? `From ${label(inEnglish, "recommendationStatus", change.fromStatus)} to ${status}.`
        : `Recorded as ${status}.`,
      change.meeting && `Meeting: ${change.meeting.name}.`,
      change.note,
      `Workshop: ${recommendation.workshop.title}.`,
    ];
    feed.addItem({
      // One entry per change, so a recommendation that moves twice appears twice.
      id: `${link}#status-${change.id}`,
      link,
      title: escapeHtml(`${recommendation.title}: ${status}`),
      description: escapeHtml(summary.filter(Boolean).join(" ")),
      // The entry shows the recommendation's title: an edit of it updates the entry.
      date: latest([change.changedAt, change.recommendation.updatedAt])!,
      published: change.changedAt,
    });
  }
  return atomResponse(feed);
}
