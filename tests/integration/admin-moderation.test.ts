import { beforeEach, describe, expect, it } from "vitest";
import { changeRecommendationStatus } from "@/lib/actions/admin/recommendations";
import { dismissReport, hideEntry, restoreEntry } from "@/lib/actions/admin/moderation";
import { reportEntry } from "@/lib/actions/reports";
import { db } from "@/lib/db";
import { listOpenReports } from "@/lib/queries/admin/moderation";
import { listOrganisationRecommendations } from "@/lib/queries/admin/recommendations";
import { listProjects } from "@/lib/queries/projects";
import { getRecommendation, listRecommendations } from "@/lib/queries/recommendations";
import { createProject, createRecommendation } from "../setup/factories";
import { createMember } from "../setup/members";
import { actAs, submit } from "../setup/request";

const auditCount = (entityId: string) => db.auditEntry.count({ where: { entityId } });

beforeEach(() => actAs(null));

describe("reporting", () => {
  it("lets any signed-in member report an entry without hiding it, once while open", async () => {
    const project = await createProject({ title: "Reported festival exchange" });
    const member = await createMember();
    await actAs(member);
    const first = await submit(reportEntry, {
      projectId: project.id,
      reason: "SPAM",
      comment: "Advertising.",
    });
    expect(first).toMatchObject({ ok: true, message: expect.stringMatching(/moderators will look/) });
    const again = await submit(reportEntry, { projectId: project.id, reason: "OFFENSIVE" });
    expect(again.message).toMatch(/already reported/);

    expect(await db.report.count({ where: { projectId: project.id } })).toBe(1);
    expect((await db.project.findUniqueOrThrow({ where: { id: project.id } })).visibility).toBe("PUBLISHED");
    const queue = await listOpenReports();
    expect(queue.items.find((report) => report.project?.id === project.id)).toMatchObject({
      reason: "SPAM",
      comment: "Advertising.",
    });
  });

  it("names a missing reason, refuses anonymous reporters and hidden entries", async () => {
    const project = await createProject();
    expect((await submit(reportEntry, { projectId: project.id, reason: "SPAM" })).redirectedTo).toMatch(
      /^\/login/,
    );
    await actAs(await createMember());
    expect((await submit(reportEntry, { projectId: project.id, reason: "" })).errors?.reason).toEqual([
      "Choose why you report this entry.",
    ]);
    const hidden = await createProject({ visibility: "HIDDEN", hiddenReason: "Spam" });
    expect((await submit(reportEntry, { projectId: hidden.id, reason: "SPAM" })).message).toMatch(
      /cannot be reported/,
    );
    expect(await db.report.count({ where: { projectId: { in: [project.id, hidden.id] } } })).toBe(0);
  });
});

describe("moderation", () => {
  it("hides a reported project: it leaves lists and search, its reports close, its address explains why", async () => {
    const title = `Moderated heritage walk ${Date.now()}`;
    const project = await createProject({ title });
    const reporter = await createMember();
    await actAs(reporter);
    await submit(reportEntry, { projectId: project.id, reason: "OFF_TOPIC" });
    const admin = await createMember({}, "ADMIN");
    await actAs(admin);

    const outcome = await submit(hideEntry, {
      projectId: project.id,
      reason: "Advertising, not a cooperation project.",
    });
    expect(outcome.redirectedTo).toBe("/admin/moderation?notice=hidden");
    const hidden = await db.project.findUniqueOrThrow({ where: { id: project.id } });
    expect(hidden).toMatchObject({
      visibility: "HIDDEN",
      hiddenReason: "Advertising, not a cooperation project.",
    });
    expect(await db.report.findFirst({ where: { projectId: project.id } })).toMatchObject({
      status: "ENTRY_HIDDEN",
      resolvedById: admin.id,
    });
    expect((await listProjects({ q: title })).total).toBe(0);
    expect((await listProjects({})).items.map((item) => item.id)).not.toContain(project.id);

    const audit = await db.auditEntry.findFirstOrThrow({
      where: { entityId: project.id, action: "entry.hide" },
    });
    expect(audit).toMatchObject({
      actorId: admin.id,
      entityType: "Project",
      before: { visibility: "PUBLISHED", hiddenReason: null },
      after: { visibility: "HIDDEN", hiddenReason: "Advertising, not a cooperation project." },
    });

    expect((await submit(restoreEntry, { projectId: project.id })).redirectedTo).toBe(
      "/admin/moderation?notice=restored",
    );
    expect((await listProjects({ q: title })).total).toBe(1);
    expect(await db.auditEntry.count({ where: { entityId: project.id, action: "entry.restore" } })).toBe(1);
  });

  it("hides a recommendation and keeps the reason at its address", async () => {
    const recommendation = await createRecommendation();
    await actAs(await createMember({}, "ADMIN"));
    await submit(hideEntry, { recommendationId: recommendation.id, reason: "Duplicate of another entry." });
    expect(await getRecommendation(recommendation.id)).toMatchObject({
      visibility: "HIDDEN",
      hiddenReason: "Duplicate of another entry.",
    });
    expect((await listRecommendations({})).items.map((item) => item.id)).not.toContain(recommendation.id);
  });

  it("requires a reason to hide, and dismisses a report without touching the entry", async () => {
    const project = await createProject();
    await actAs(await createMember());
    await submit(reportEntry, { projectId: project.id, reason: "INACCURATE" });
    const report = await db.report.findFirstOrThrow({ where: { projectId: project.id } });
    await actAs(await createMember({}, "ADMIN"));

    expect((await submit(hideEntry, { projectId: project.id, reason: "" })).errors?.reason?.[0]).toMatch(
      /reason/,
    );
    expect((await submit(dismissReport, { reportId: report.id })).redirectedTo).toBe(
      "/admin/moderation?notice=dismissed",
    );
    expect(await db.report.findUniqueOrThrow({ where: { id: report.id } })).toMatchObject({
      status: "DISMISSED",
    });
    expect((await db.project.findUniqueOrThrow({ where: { id: project.id } })).visibility).toBe("PUBLISHED");
    expect((await submit(dismissReport, { reportId: report.id })).message).toMatch(/already closed/);
    expect(await auditCount(report.id)).toBe(1);
  });

  it("refuses every moderation action to members and anonymous requests, whatever they send", async () => {
    const project = await createProject();
    const recommendation = await createRecommendation();
    await actAs(await createMember());
    await submit(reportEntry, { projectId: project.id, reason: "SPAM" });
    const report = await db.report.findFirstOrThrow({ where: { projectId: project.id } });
    const attempts = [
      () => submit(hideEntry, { projectId: project.id, reason: "I do not like it." }),
      () => submit(restoreEntry, { projectId: project.id }),
      () => submit(dismissReport, { reportId: report.id }),
      () =>
        submit(changeRecommendationStatus, {
          recommendationId: recommendation.id,
          toStatus: "IMPLEMENTED",
          note: "Says who?",
        }),
    ];
    for (const attempt of attempts)
      expect((await attempt()).message).toBe("Only the portal's admins may do this.");
    await actAs(null);
    for (const attempt of attempts) expect((await attempt()).redirectedTo).toMatch(/^\/login/);

    expect((await db.project.findUniqueOrThrow({ where: { id: project.id } })).visibility).toBe("PUBLISHED");
    expect((await db.report.findUniqueOrThrow({ where: { id: report.id } })).status).toBe("OPEN");
    expect((await db.recommendation.findUniqueOrThrow({ where: { id: recommendation.id } })).status).toBe(
      "SUBMITTED",
    );
    for (const id of [project.id, report.id, recommendation.id]) expect(await auditCount(id)).toBe(0);
  });
});

describe("recommendation follow-up", () => {
  it("forwards a recommendation to a meeting with a dated note, shown in its timeline and to its organisation", async () => {
    const submitter = await createMember();
    const recommendation = await createRecommendation({
      submittedByOrganisationId: submitter.organisationId,
      submittedAt: new Date("2010-05-20T09:00:00Z"),
    });
    const meeting = await db.meeting.findUniqueOrThrow({
      where: { kind_number: { kind: "CULTURE_MINISTERS", number: 4 } },
    });
    const admin = await createMember({}, "ADMIN");
    await actAs(admin);

    const missingMeeting = await submit(changeRecommendationStatus, {
      recommendationId: recommendation.id,
      toStatus: "FORWARDED",
      note: "Sent on.",
    });
    expect(missingMeeting.errors?.meetingId).toEqual([
      "Choose the meeting the recommendation was forwarded to.",
    ]);
    const future = await submit(changeRecommendationStatus, {
      recommendationId: recommendation.id,
      toStatus: "UNDER_REVIEW",
      note: "Looking.",
      changedOn: "2999-01-01",
    });
    expect(future.errors?.changedOn).toEqual(["The date cannot be in the future."]);

    await submit(changeRecommendationStatus, {
      recommendationId: recommendation.id,
      toStatus: "UNDER_REVIEW",
      note: "Read by the secretariat.",
      changedOn: "2010-06-01",
    });
    const forwarded = await submit(changeRecommendationStatus, {
      recommendationId: recommendation.id,
      toStatus: "FORWARDED",
      meetingId: meeting.id,
      note: "Forwarded to the ministers in Poznan.",
      changedOn: "2010-09-01",
    });
    expect(forwarded.ok).toBe(true);

    const detail = await getRecommendation(recommendation.id);
    expect(detail).toMatchObject({ status: "FORWARDED", forwardedToMeeting: { slug: meeting.slug } });
    expect(detail?.statusChanges.map((change) => [change.fromStatus, change.toStatus, change.note])).toEqual([
      ["SUBMITTED", "UNDER_REVIEW", "Read by the secretariat."],
      ["UNDER_REVIEW", "FORWARDED", "Forwarded to the ministers in Poznan."],
    ]);
    expect(detail?.statusChanges[1].changedAt.toISOString().slice(0, 10)).toBe("2010-09-01");

    const [own] = await listOrganisationRecommendations(submitter.organisationId);
    expect(own).toMatchObject({
      id: recommendation.id,
      status: "FORWARDED",
      statusChanges: [{ note: "Forwarded to the ministers in Poznan.", meeting: { name: meeting.name } }],
    });
    const audits = await db.auditEntry.findMany({
      where: { entityId: recommendation.id, action: "recommendation.status" },
      orderBy: { createdAt: "asc" },
    });
    expect(audits).toHaveLength(2);
    expect(audits[1]).toMatchObject({
      actorId: admin.id,
      before: { status: "UNDER_REVIEW" },
      after: { status: "FORWARDED", forwardedToMeetingId: meeting.id },
    });
  });

  it("refuses a change dated before the submission, and a meeting held before it, next to the field", async () => {
    const recommendation = await createRecommendation({ submittedAt: new Date("2026-12-02T08:00:00Z") });
    const sofia = await db.meeting.findFirstOrThrow({
      where: { endDate: { lt: new Date("2019-01-01") }, startDate: { gte: new Date("2018-01-01") } },
    });
    await actAs(await createMember({}, "ADMIN"));
    const early = await submit(changeRecommendationStatus, {
      recommendationId: recommendation.id,
      toStatus: "UNDER_REVIEW",
      note: "Read by the secretariat.",
      changedOn: "2001-01-01",
    });
    expect(early.errors?.changedOn).toEqual([
      "The date cannot be before the recommendation was submitted (2 December 2026).",
    ]);
    expect(early.values).toMatchObject({ changedOn: "2001-01-01", note: "Read by the secretariat." });
    const forwarded = await submit(changeRecommendationStatus, {
      recommendationId: recommendation.id,
      toStatus: "FORWARDED",
      meetingId: sofia.id,
      note: "Forwarded to the ministers.",
    });
    expect(forwarded.errors?.meetingId).toEqual([
      expect.stringMatching(/took place before the recommendation was submitted .*choose a later meeting/),
    ]);
    expect(
      await db.recommendationStatusChange.count({ where: { recommendationId: recommendation.id } }),
    ).toBe(0);
    expect((await db.recommendation.findUniqueOrThrow({ where: { id: recommendation.id } })).status).toBe(
      "SUBMITTED",
    );
  });
});
