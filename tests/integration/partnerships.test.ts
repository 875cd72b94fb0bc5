import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listDesignations, listDesignationYears } from "@/lib/queries/cities";
import { getPartnership, listPartnerships } from "@/lib/queries/partnerships";
import { createPartnership } from "../setup/factories";

describe("listPartnerships", () => {
  it("filters by status, cooperation area, country of either city and year of either title", async () => {
    const partnership = await createPartnership({ status: "EXPLORING", cooperationAreas: ["CONSULTANCY"] });
    const full = await db.cityPartnership.findUniqueOrThrow({
      where: { id: partnership.id },
      select: { cceaDesignation: { select: { year: true, city: { select: { countryCode: true } } } } },
    });
    const { items } = await listPartnerships({
      status: "EXPLORING",
      area: "CONSULTANCY",
      country: full.cceaDesignation.city.countryCode,
      year: full.cceaDesignation.year,
    });
    expect(items.map((item) => item.id)).toContain(partnership.id);
    for (const item of items) {
      expect(item.status).toBe("EXPLORING");
      expect(item.cooperationAreas).toContain("CONSULTANCY");
    }
    expect((await listPartnerships({ status: "EXPLORING", year: 1985 })).items).toEqual([]);
  });
});

describe("getPartnership", () => {
  it("returns both sides and the status history in time order", async () => {
    const { items } = await listPartnerships({ status: "CONCLUDED" });
    const detail = await getPartnership(items[0].id);
    expect(detail?.ecocDesignation.programme).toBe("ECOC");
    expect(detail?.cceaDesignation.programme).toBe("CCEA");
    expect(detail?.statusChanges.map((change) => change.toStatus)).toEqual([
      "PROPOSED",
      "EXPLORING",
      "ACTIVE",
      "CONCLUDED",
    ]);
    expect(await getPartnership("nope")).toBeNull();
  });
});

describe("designations", () => {
  it("lists every real ECoC and CCEA title, filterable by programme and year", async () => {
    expect(await listDesignations({ programme: "ECOC" })).toHaveLength(85);
    expect(await listDesignations({ programme: "CCEA" })).toHaveLength(44);
    const ccea2024 = await listDesignations({ programme: "CCEA", year: 2024 });
    expect(ccea2024.map((d) => d.city.name).sort()).toEqual([
      "Dalian",
      "Gimhae",
      "Ishikawa Prefecture",
      "Weifang",
    ]);
    expect(ccea2024.find((d) => d.city.name === "Ishikawa Prefecture")?.status).toBe(
      "designated; programme cancelled",
    );
    const years = await listDesignationYears();
    expect(years[0]).toBe(2030);
    expect(years).not.toContain(2021 - 100);
  });

  it("shows each designation's partnerships", async () => {
    const [matera] = await listDesignations({ programme: "ECOC", year: 2019, city: "matera-it" });
    expect(matera.ecocPartnerships.map((p) => p.cceaDesignation.city.name)).toContain("Xi'an");
  });
});
