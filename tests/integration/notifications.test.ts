import { beforeEach, describe, expect, it } from "vitest";
import { changePartnershipStatus } from "@/lib/actions/admin/partnerships";
import { hideEntry, restoreEntry } from "@/lib/actions/admin/moderation";
import { changeRecommendationStatus } from "@/lib/actions/admin/recommendations";
import { endorseEntry, withdrawEndorsement } from "@/lib/actions/endorsements";
import { declineMember } from "@/lib/actions/memberships";
import {
  markAllNotificationsRead,
  markNotificationRead,
  saveNotificationPreferences,
} from "@/lib/actions/notifications";
import { db } from "@/lib/db";
import type { NotificationDelivery } from "@/lib/generated/prisma/enums";
import { MAX_ATTEMPTS, processOutbox, queueDigests } from "@/lib/notifications/outbox";
import { countUnreadNotifications, listNotifications } from "@/lib/queries/notifications";
import { createPartnership, createProject, createRecommendation } from "../setup/factories";
import { linkIn, mailTo, onlyMailTo, refuseNextMails } from "../setup/mailbox";
import { createMember, createPerson } from "../setup/members";
import { actAs, submit } from "../setup/request";

beforeEach(() => actAs(null));

const MINUTE = 60_000;
// A moment after every notification a test makes: the worker's clock, tomorrow after the digest hour.
const tomorrowAt = (hour: number) => {
  const time = new Date(Date.now() + 24 * 60 * MINUTE);
  time.setUTCHours(hour, 0, 0, 0);
  return time;
};

async function choose(user: { id: string }, delivery: NotificationDelivery) {
  await actAs(user);
  const fields = Object.fromEntries(
    ["ENTRY_ENDORSED", "ENDORSEMENT_WITHDRAWN", "RECOMMENDATION_STATUS", "PAIRING_STATUS"].map((kind) => [
      kind,
      delivery,
    ]),
  );
  const saved = await submit(saveNotificationPreferences, {
    ...fields,
    ENTRY_HIDDEN: "IMMEDIATE",
    ENTRY_RESTORED: "IMMEDIATE",
    MEMBERSHIP_REQUEST: "PORTAL",
    MEMBERSHIP_ANSWER: "PORTAL",
  });
  expect(saved).toEqual({ ok: true, message: "Your choices are saved." });
}

// A project of one organisation with two members, and a member of another who endorses it.
async function endorsedProject() {
  const owner = await createMember({ name: "Hanoi Puppet Circle" });
  const colleague = await createPerson(owner.organisationId, { name: "Colleague" });
  const project = await createProject({
    leadOrganisationId: owner.organisationId,
    title: "Water Puppets Abroad",
  });
  const endorser = await createMember({ name: "Lyon Marionnettes", countryCode: "FR" });
  return { owner, colleague, project, endorser };
}

describe("notifications", () => {
  it("tells a member in the portal and by mail when another organisation endorses their project", async () => {
    const { owner, colleague, project, endorser } = await endorsedProject();
    const ownerEmail = (await db.user.findUniqueOrThrow({ where: { id: owner.id } })).email;
    await actAs(endorser);
    expect((await submit(endorseEntry, { projectId: project.id })).ok).toBe(true);

    expect(await countUnreadNotifications(owner.id)).toBe(1);
    expect(await countUnreadNotifications(colleague.id)).toBe(1);
    expect(await countUnreadNotifications(endorser.id)).toBe(0);
    const { items } = await listNotifications(owner.id, 1);
    expect(items).toMatchObject([
      {
        kind: "ENTRY_ENDORSED",
        message: "Lyon Marionnettes endorses your organisation's project “Water Puppets Abroad”.",
        path: `/projects/${project.slug}`,
        readAt: null,
      },
    ]);
    // Queued in the endorsement's transaction, sent by the worker, not by the request.
    expect(mailTo(ownerEmail)).toHaveLength(0);
    await processOutbox(new Date());
    const mail = onlyMailTo(ownerEmail, /Lyon Marionnettes endorses/);
    expect(linkIn(mail, `/projects/${project.slug}`)).toBe(
      `https://culture.example.org/projects/${project.slug}`,
    );
    onlyMailTo(colleague.email, /Lyon Marionnettes endorses/);

    await actAs(endorser);
    await submit(withdrawEndorsement, { projectId: project.id });
    expect(await countUnreadNotifications(owner.id)).toBe(2);
    await processOutbox(new Date());
    onlyMailTo(ownerEmail, /Lyon Marionnettes withdrew its endorsement/);

    await actAs(owner);
    const outcome = await submit(markNotificationRead, { notificationId: items[0].id, page: "1" });
    expect(outcome.redirectedTo).toBe("/notifications?notice=read");
    expect(await countUnreadNotifications(owner.id)).toBe(1);
    expect(await countUnreadNotifications(colleague.id)).toBe(2);
    await submit(markAllNotificationsRead, {});
    expect(await countUnreadNotifications(owner.id)).toBe(0);
  });

  it("marks only the person's own notifications read", async () => {
    const { owner, colleague, project, endorser } = await endorsedProject();
    await actAs(endorser);
    await submit(endorseEntry, { projectId: project.id });
    const [colleagues] = (await listNotifications(colleague.id, 1)).items;
    await actAs(owner);
    await submit(markNotificationRead, { notificationId: colleagues.id });
    expect(await countUnreadNotifications(colleague.id)).toBe(1);
  });

  it("respects each person's choice: a digest, the portal only, or mail at once", async () => {
    const { owner, colleague, project, endorser } = await endorsedProject();
    await choose(owner, "DIGEST");
    await choose(colleague, "PORTAL");
    await actAs(endorser);
    await submit(endorseEntry, { projectId: project.id });
    const stored = await db.notification.findMany({
      where: { projectId: project.id },
      select: { userId: true, delivery: true },
    });
    expect(stored).toHaveLength(2);
    expect(stored).toContainEqual({ userId: owner.id, delivery: "DIGEST" });
    expect(stored).toContainEqual({ userId: colleague.id, delivery: "PORTAL" });
    expect(await db.mailOutbox.count({ where: { userId: { in: [owner.id, colleague.id] } } })).toBe(0);

    const ownerEmail = (await db.user.findUniqueOrThrow({ where: { id: owner.id } })).email;
    await processOutbox(new Date());
    expect(mailTo(ownerEmail)).toHaveLength(0);
    await queueDigests(tomorrowAt(8));
    await processOutbox(tomorrowAt(8));
    expect(onlyMailTo(ownerEmail, /daily digest: 1 unread notification$/).text).toContain(
      "Lyon Marionnettes endorses your organisation's project “Water Puppets Abroad”.",
    );
    expect(mailTo(colleague.email)).toHaveLength(0);
  });

  it("sends the daily digest once a day, even with two workers, with what is unread since the last one", async () => {
    const { owner, project, endorser } = await endorsedProject();
    const second = await createProject({ leadOrganisationId: owner.organisationId, title: "Shadow Plays" });
    const ownerEmail = (await db.user.findUniqueOrThrow({ where: { id: owner.id } })).email;
    await choose(owner, "DIGEST");
    await actAs(endorser);
    await submit(endorseEntry, { projectId: project.id });
    await submit(endorseEntry, { projectId: second.id });

    // Before the digest hour nothing is queued.
    expect(await queueDigests(tomorrowAt(5))).toBe(0);
    const morning = tomorrowAt(8);
    const twoWorkers = () =>
      Promise.all([0, 1].map(() => queueDigests(morning).then(() => processOutbox(morning))));
    await twoWorkers();
    await twoWorkers();
    const digest = onlyMailTo(ownerEmail, /daily digest: 2 unread notifications/);
    expect(digest.text).toContain("“Water Puppets Abroad”");
    expect(digest.text).toContain("“Shadow Plays”");
    expect(linkIn(digest, "/notifications")).toBe("https://culture.example.org/notifications");

    // Later that day: a new item waits for the next day's digest, which carries only it.
    await actAs(endorser);
    await submit(withdrawEndorsement, { projectId: project.id });
    await queueDigests(tomorrowAt(20));
    await processOutbox(tomorrowAt(20));
    expect(mailTo(ownerEmail)).toHaveLength(1);
    const nextMorning = new Date(morning.getTime() + 24 * 60 * MINUTE);
    await queueDigests(nextMorning);
    await processOutbox(nextMorning);
    const next = onlyMailTo(ownerEmail, /daily digest: 1 unread notification$/);
    expect(next.text).toContain("withdrew its endorsement");
    expect(next.text).not.toContain("Shadow Plays");
  });

  it("retries a mail the server refused, later, and sends it once", async () => {
    await processOutbox(new Date());
    const { owner, project, endorser } = await endorsedProject();
    const ownerEmail = (await db.user.findUniqueOrThrow({ where: { id: owner.id } })).email;
    await actAs(endorser);
    await submit(endorseEntry, { projectId: project.id });
    const now = new Date();
    refuseNextMails(2);
    const first = await processOutbox(now);
    expect(first.failed).toBe(2);
    const queued = await db.mailOutbox.findFirstOrThrow({ where: { userId: owner.id } });
    expect(queued).toMatchObject({ attempts: 1, sentAt: null, lockedUntil: null });
    expect(queued.lastError).toMatch(/451/);
    expect(queued.runAt.getTime()).toBe(now.getTime() + MINUTE);
    expect(mailTo(ownerEmail)).toHaveLength(0);

    expect((await processOutbox(now)).claimed).toBe(0);
    const later = new Date(now.getTime() + 2 * MINUTE);
    expect((await processOutbox(later)).sent).toBe(2);
    onlyMailTo(ownerEmail, /Lyon Marionnettes endorses/);
    expect(await db.mailOutbox.findUniqueOrThrow({ where: { id: queued.id } })).toMatchObject({
      attempts: 2,
      lastError: null,
    });
    await processOutbox(new Date(now.getTime() + 60 * MINUTE));
    expect(mailTo(ownerEmail)).toHaveLength(1);
  });

  it("gives up after the last attempt", async () => {
    await processOutbox(new Date());
    const { owner, project, endorser } = await endorsedProject();
    await actAs(endorser);
    await submit(endorseEntry, { projectId: project.id });
    await db.mailOutbox.updateMany({ where: { userId: owner.id }, data: { attempts: MAX_ATTEMPTS } });
    await processOutbox(new Date(Date.now() + 60 * MINUTE));
    expect(await db.mailOutbox.findFirstOrThrow({ where: { userId: owner.id } })).toMatchObject({
      attempts: MAX_ATTEMPTS,
      sentAt: null,
    });
  });

  it("sends each mail once with two workers at the same time", async () => {
    await processOutbox(new Date());
    const owner = await createMember({ name: "Busy Organisation" });
    const people = [
      owner,
      ...(await Promise.all([1, 2, 3, 4].map(() => createPerson(owner.organisationId)))),
    ];
    const endorser = await createMember({ name: "Generous Organisation" });
    await actAs(endorser);
    for (let index = 0; index < 6; index++) {
      const project = await createProject({ leadOrganisationId: owner.organisationId });
      await submit(endorseEntry, { projectId: project.id });
    }
    const now = new Date();
    const [a, b] = await Promise.all([processOutbox(now), processOutbox(now)]);
    expect(a.sent + b.sent + (await processOutbox(now)).sent).toBe(30);
    const emails = await db.user.findMany({ where: { id: { in: people.map(({ id }) => id) } } });
    for (const { email } of emails) expect(mailTo(email)).toHaveLength(6);
  });

  it("tells the owners about moderation, status changes, linked pairings and answers to requests", async () => {
    const owner = await createMember({ name: "Seoul Crafts Guild", countryCode: "KR" });
    const project = await createProject({
      leadOrganisationId: owner.organisationId,
      title: "Lacquer Routes",
    });
    const recommendation = await createRecommendation({ submittedByOrganisationId: owner.organisationId });
    const partnership = await createPartnership();
    await db.project.update({ where: { id: project.id }, data: { partnershipId: partnership.id } });
    const admin = await createMember({}, "ADMIN");
    await actAs(admin);
    await submit(hideEntry, { projectId: project.id, reason: "Copied from another site." });
    await submit(restoreEntry, { projectId: project.id });
    await submit(changeRecommendationStatus, {
      recommendationId: recommendation.id,
      toStatus: "UNDER_REVIEW",
      note: "Read by the secretariat.",
    });
    await submit(changePartnershipStatus, {
      partnershipId: partnership.id,
      toStatus: "EXPLORING",
      note: "Talks.",
    });
    const { items } = await listNotifications(owner.id, 1);
    expect(items.map(({ kind }) => kind)).toEqual([
      "PAIRING_STATUS",
      "RECOMMENDATION_STATUS",
      "ENTRY_RESTORED",
      "ENTRY_HIDDEN",
    ]);
    expect(items[0].message).toMatch(
      /linked to your organisation's project “Lacquer Routes”, is now “Exploring”/,
    );
    expect(items[3].message).toBe(
      "Moderators hid your organisation's project “Lacquer Routes”: Copied from another site.",
    );

    const requester = await createPerson(owner.organisationId, { membershipRole: "PENDING" });
    await actAs(owner);
    await submit(declineMember, { userId: requester.id, reason: "Not one of our staff." });
    const [answer] = (await listNotifications(requester.id, 1)).items;
    expect(answer).toMatchObject({ kind: "MEMBERSHIP_ANSWER", path: "/account" });
    expect(answer.message).toContain("Not one of our staff.");
  });

  it("refuses a notification id that cannot be one, next to the field, and marks nothing", async () => {
    const { owner, project, endorser } = await endorsedProject();
    await actAs(endorser);
    await submit(endorseEntry, { projectId: project.id });
    await actAs(owner);
    for (const notificationId of ["abc\u0000def", "x".repeat(100_000)]) {
      const outcome = await submit(markNotificationRead, { notificationId });
      expect(outcome.ok).toBe(false);
      expect(outcome.errors?.notificationId).toHaveLength(1);
    }
    expect(await countUnreadNotifications(owner.id)).toBe(1);
  });

  it("refuses a preference that is not one of the choices, keeping what was sent", async () => {
    const person = await createMember();
    await actAs(person);
    const outcome = await submit(saveNotificationPreferences, { ENTRY_ENDORSED: "HOURLY" });
    expect(outcome.ok).toBe(false);
    expect(outcome.errors?.ENTRY_ENDORSED).toEqual(["Choose how this kind reaches you."]);
    expect(outcome.values).toEqual({ ENTRY_ENDORSED: "HOURLY" });
    expect(await db.notificationPreference.count({ where: { userId: person.id } })).toBe(0);
  });
});
