import { NextRequest } from "next/server";
import { beforeEach, describe, expect, it } from "vitest";
import { GET as viewerEntry } from "@/app/api/viewer/entry/route";
import { endorseEntry } from "@/lib/actions/endorsements";
import { db } from "@/lib/db";
import { createProject, createRecommendation } from "../setup/factories";
import { createMember } from "../setup/members";
import { actAs, submit } from "../setup/request";

// What an entry's cached copy asks for once it is in a member's browser.
const ask = (query: string) => viewerEntry(new NextRequest(`http://localhost/api/viewer/entry?${query}`));

beforeEach(() => actAs(null));

describe("/api/viewer/entry", () => {
  it("gives another organisation's member the endorse form, then the withdraw form, and never caches it", async () => {
    const project = await createProject();
    const member = await createMember({ name: "Seoul Dance Collective" });
    await actAs(member);

    const before = await ask(`project=${project.slug}`);
    expect(before.status).toBe(200);
    expect(before.headers.get("cache-control")).toBe("private, no-store");
    expect(await before.json()).toEqual({
      target: { projectId: project.id },
      edit: null,
      endorsement: { form: "endorse", organisationName: "Seoul Dance Collective" },
    });

    await submit(endorseEntry, { projectId: project.id });
    expect((await (await ask(`project=${project.slug}`)).json()).endorsement).toEqual({
      form: "withdraw",
      organisationName: "Seoul Dance Collective",
    });
  });

  it("gives the lead organisation's member the edit link and why it cannot endorse its own project", async () => {
    const member = await createMember({ name: "Hanoi Puppetry House" });
    const project = await createProject({ leadOrganisationId: member.organisationId });
    await actAs(member);
    expect(await (await ask(`project=${project.slug}`)).json()).toEqual({
      target: { projectId: project.id },
      edit: { href: `/projects/${project.slug}/edit`, label: "Edit this project" },
      endorsement: {
        message:
          "Hanoi Puppetry House leads or is a partner of this project, so it cannot endorse it: endorsements come from other organisations.",
      },
    });
  });

  it("gives an admin the edit link of any entry, and a rejected organisation's member only why not", async () => {
    const recommendation = await createRecommendation();
    const admin = await createMember({}, "ADMIN");
    await actAs(admin);
    const asAdmin = await (await ask(`recommendation=${recommendation.id}`)).json();
    expect(asAdmin.edit).toEqual({
      href: `/recommendations/${recommendation.id}/edit`,
      label: "Edit this recommendation",
    });
    expect(asAdmin.endorsement.form).toBe("endorse");

    const rejected = await createMember({ name: "Refused Foundation", verificationStatus: "REJECTED" });
    await actAs(rejected);
    const asRejected = await (await ask(`recommendation=${recommendation.id}`)).json();
    expect(asRejected.edit).toBeNull();
    expect(asRejected.endorsement.message).toMatch(/^Refused Foundation cannot act on the portal/);
  });

  it("answers 401 to a visitor, 400 without an entry and 404 for an unknown or hidden one", async () => {
    const project = await createProject();
    expect((await ask(`project=${project.slug}`)).status).toBe(401);

    await actAs(await createMember());
    expect((await ask("")).status).toBe(400);
    expect((await ask("project=no-such-project")).status).toBe(404);
    await db.project.update({ where: { id: project.id }, data: { visibility: "HIDDEN" } });
    expect((await ask(`project=${project.slug}`)).status).toBe(404);
  });
});
