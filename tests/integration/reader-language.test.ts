import { beforeEach, describe, expect, it } from "vitest";
import { signOutEverywhere } from "@/lib/actions/auth";
import { endorseEntry } from "@/lib/actions/endorsements";
import { changeMembership } from "@/lib/memberships/changes";
import { getCurrentUser, requireUser } from "@/lib/dal";
import { db } from "@/lib/db";
import { createProject } from "../setup/factories";
import { createMember, createPerson } from "../setup/members";
import { actAs, postFrom, speakIn, submit } from "../setup/request";

// Where a guard that throws Next's redirect would send the browser.
async function redirectOf(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (digest.startsWith("NEXT_REDIRECT;")) return digest.split(";")[2];
    throw error;
  }
  throw new Error("no redirect");
}

beforeEach(() => actAs(null));

describe("the reader's language in guards, redirects and refusals", () => {
  it("sends a visitor to the sign-in page in their language, and back to the page they were on", async () => {
    speakIn("fr");
    expect(await redirectOf(() => requireUser("/projects/new"))).toBe(
      `/fr/login?callbackUrl=${encodeURIComponent("/fr/projects/new")}`,
    );

    const project = await createProject();
    speakIn("ko");
    postFrom(`/ko/projects/${project.slug}`);
    expect((await submit(endorseEntry, { projectId: project.id })).redirectedTo).toBe(
      `/ko/login?callbackUrl=${encodeURIComponent(`/ko/projects/${project.slug}`)}`,
    );

    speakIn("en");
    expect(await redirectOf(() => requireUser("/account"))).toBe(
      `/login?callbackUrl=${encodeURIComponent("/account")}`,
    );
  });

  it("signs out everywhere to the sign-in page in the reader's language", async () => {
    await actAs(await createMember());
    speakIn("de");
    expect(await submit(signOutEverywhere, {})).toEqual({ redirectedTo: "/de/login?signedOut=everywhere" });
  });

  it("refuses an action in the reader's language", async () => {
    const project = await createProject();
    await actAs(await createPerson(null, { membershipRole: "PENDING" }));
    speakIn("fr");
    expect((await submit(endorseEntry, { projectId: project.id })).message).toBe(
      "Votre compte n'appartient à aucune organisation, il ne peut donc agir au nom d'aucune.",
    );
  });

  it("refuses the last manager's step down in the reader's language and writes a removed member's note in theirs", async () => {
    const manager = await createMember({ name: "Kyoto Film Archive" });
    await actAs(manager);
    speakIn("ja");
    const actor = (await getCurrentUser())!;
    await expect(changeMembership(actor, { kind: "demote", userId: manager.id })).rejects.toThrow(
      "Kyoto Film Archive には管理者が最低 1 人必要です。先に別の人を管理者にしてください。",
    );

    const member = await createPerson(manager.organisationId, { membershipRole: "MEMBER", locale: "vi" });
    await changeMembership(actor, { kind: "remove", userId: member.id, reason: "Dự án đã kết thúc." });
    expect(
      await db.user.findUniqueOrThrow({ where: { id: member.id }, select: { membershipNote: true } }),
    ).toEqual({ membershipNote: "Bạn đã bị loại khỏi Kyoto Film Archive: Dự án đã kết thúc." });
  });
});
