import { describe, expect, it } from "vitest";
import { listEndorsements } from "@/lib/queries/endorsements";
import {
  createEndorsement,
  createOrganisation,
  createProject,
  createRecommendation,
} from "../setup/factories";

describe("listEndorsements", () => {
  it("lists endorsers newest first with the balance between Asia and Europe", async () => {
    const project = await createProject();
    const asian = await createOrganisation({ countryCode: "JP" });
    const european = await createOrganisation({ countryCode: "PL" });
    const another = await createOrganisation({ countryCode: "KR" });
    await createEndorsement({
      projectId: project.id,
      organisationId: asian.id,
      createdAt: new Date("2025-01-01"),
    });
    await createEndorsement({
      projectId: project.id,
      organisationId: european.id,
      createdAt: new Date("2025-02-01"),
    });
    await createEndorsement({
      projectId: project.id,
      organisationId: another.id,
      createdAt: new Date("2025-03-01"),
    });
    const { items, balance } = await listEndorsements({ projectId: project.id });
    expect(items.map((item) => item.organisation.slug)).toEqual([another.slug, european.slug, asian.slug]);
    expect(balance).toEqual({ asia: 2, europe: 1, other: 0 });
  });

  it("works for recommendations and refuses a second endorsement by one organisation", async () => {
    const recommendation = await createRecommendation();
    const organisation = await createOrganisation({ countryCode: "FR" });
    await createEndorsement({ recommendationId: recommendation.id, organisationId: organisation.id });
    await expect(
      createEndorsement({ recommendationId: recommendation.id, organisationId: organisation.id }),
    ).rejects.toThrow();
    const { balance } = await listEndorsements({ recommendationId: recommendation.id });
    expect(balance.europe).toBe(1);
  });
});
