import { NextRequest } from "next/server";
import { beforeEach, describe, expect, it } from "vitest";
import { GET as viewer } from "@/app/api/viewer/route";
import { endorseEntry } from "@/lib/actions/endorsements";
import { db } from "@/lib/db";
import { createProject, createRecommendation } from "../setup/factories";
import { createMember } from "../setup/members";
import { actAs, submit } from "../setup/request";

// What a cached page asks for once it is in the browser.
const ask = (query: string) => viewer(new NextRequest(`http://localhost/api/viewer?${query}`));
const entryOf = async (query: string) => (await (await ask(query)).json()).entry;

beforeEach(() => actAs(null));

describe("/api/viewer", () => {
  it("gives another organisation's member the endorse form, then the withdraw form, and never caches it", async () => {
    const project = await createProject();
    const member = await createMember({ name: "Seoul Dance Collective" });
    await actAs(member);

    const before = await ask(`project=${project.slug}`);
    expect(before.status).toBe(200);
    expect(before.headers.get("cache-control")).toBe("private, no-store");
    expect(await before.json()).toEqual({
      user: { name: expect.any(String), admin: false },
      entry: {
        target: { projectId: project.id },
        edit: null,
        endorsement: { form: "endorse", organisationName: "Seoul Dance Collective" },
      },
    });

    await submit(endorseEntry, { projectId: project.id });
    expect((await entryOf(`project=${project.slug}`)).endorsement).toEqual({
      form: "withdraw",
      organisationName: "Seoul Dance Collective",
    });
  });

  it("gives the lead organisation's member the edit link and why it cannot endorse its own project, as a message key", async () => {
    const member = await createMember({ name: "Hanoi Puppetry House" });
    const project = await createProject({ leadOrganisationId: member.organisationId });
    await actAs(member);
    expect(await entryOf(`project=${project.slug}`)).toEqual({
      target: { projectId: project.id },
      edit: { href: `/projects/${project.slug}/edit` },
      endorsement: { refusal: { key: "ownProject", values: { organisation: "Hanoi Puppetry House" } } },
    });
  });

  it("gives an admin the edit link of any entry, and a rejected organisation's member only why not", async () => {
    const recommendation = await createRecommendation();
    const admin = await createMember({}, "ADMIN");
    await actAs(admin);
    const asAdmin = await entryOf(`recommendation=${recommendation.id}`);
    expect(asAdmin.edit).toEqual({ href: `/recommendations/${recommendation.id}/edit` });
    expect(asAdmin.endorsement.form).toBe("endorse");

    const rejected = await createMember({ name: "Refused Foundation", verificationStatus: "REJECTED" });
    await actAs(rejected);
    const asRejected = await entryOf(`recommendation=${recommendation.id}`);
    expect(asRejected.edit).toBeNull();
    expect(asRejected.endorsement.refusal).toEqual({
      key: "organisationInactive",
      values: { organisation: "Refused Foundation" },
    });
  });

  it("names the signed-in viewer, and answers a visitor and an unknown or hidden entry with null", async () => {
    const project = await createProject();
    const visitor = await ask(`project=${project.slug}`);
    expect(visitor.headers.get("cache-control")).toBe("private, no-store");
    expect(await visitor.json()).toEqual({ user: null, entry: null });

    const admin = await createMember({}, "ADMIN");
    await actAs(admin);
    expect(await (await ask("")).json()).toEqual({
      user: { name: expect.any(String), admin: true },
      entry: null,
    });
    expect(await entryOf("project=no-such-project")).toBeNull();
    await db.project.update({ where: { id: project.id }, data: { visibility: "HIDDEN" } });
    expect(await entryOf(`project=${project.slug}`)).toBeNull();
  });
});
