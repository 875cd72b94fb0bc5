import { describe, expect, it } from "vitest";
import { organisationNameKey } from "@/lib/memberships/name-key";

const countries = ["Vietnam", "Poland", "VN", "PL"];

describe("organisationNameKey", () => {
  it("ignores case, accents, punctuation and spacing", () => {
    expect(organisationNameKey("  Hanoi  Púppet-Circle. ", countries)).toBe("hanoi puppet circle");
    expect(organisationNameKey("HANOI PUPPET CIRCLE", countries)).toBe("hanoi puppet circle");
  });

  it("drops a trailing country in brackets, however it is spelt, and nothing else", () => {
    expect(organisationNameKey("Hanoi Puppet Circle (Viet Nam)", countries)).toBe("hanoi puppet circle");
    expect(organisationNameKey("Ministry of Culture (sample record, Poland)", countries)).toBe(
      "ministry of culture",
    );
    expect(organisationNameKey("Arts Council (Niigata)", countries)).toBe("arts council niigata");
    expect(organisationNameKey("(Poland) Theatre", countries)).toBe("poland theatre");
  });
});
