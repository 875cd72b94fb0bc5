import { describe, expect, it } from "vitest";
import { routing } from "@/i18n/routing";
import type { CurrentUser } from "@/lib/dal";
import { can, type Permission } from "@/lib/permissions";
import { explainRefusal } from "@/lib/refusals";
import { translatorFor } from "@/lib/translator";

const organisation = {
  id: "org-1",
  slug: "seoul-dance",
  name: "Seoul Dance Collective",
  kind: "NGO_OR_ASSOCIATION",
  verificationStatus: "VERIFIED",
  verificationNote: null,
  mergedIntoId: null,
  country: null,
} as const satisfies CurrentUser["organisation"];

const member: CurrentUser = {
  id: "user-1",
  name: "Min-ji",
  email: "minji@example.org",
  locale: "ko",
  emailConfirmed: true,
  role: "MEMBER",
  membershipRole: "MEMBER",
  membershipNote: null,
  session: { id: "session-1", expires: "2030-01-01" },
  organisation,
};

const project = {
  title: "Silk Road Sounds",
  visibility: "PUBLISHED",
  leadOrganisation: { id: "org-2", name: "Hanoi Puppetry House" },
} as const;

const recommendation = {
  title: "Open archives",
  visibility: "PUBLISHED",
  status: "IMPLEMENTED",
  submittedByOrganisation: { id: "org-1", name: organisation.name },
  submittedByLabel: null,
} as const;

// One refusal of each kind, with the names its sentence must carry.
const refusals: [string, Permission, string[]][] = [
  ["a visitor", can(null, "report", null), []],
  ["an unconfirmed address", can({ ...member, emailConfirmed: false }, "report", null), [member.email]],
  [
    "a pending request",
    can({ ...member, membershipRole: "PENDING" }, "actForOrganisation", null),
    [organisation.name],
  ],
  ["no organisation", can({ ...member, organisation: null }, "actForOrganisation", null), []],
  [
    "a rejected organisation",
    can({ ...member, organisation: { ...organisation, verificationStatus: "REJECTED" } }, "endorse", {
      kind: "project",
      own: false,
    }),
    [organisation.name],
  ],
  ["a hidden project", can(member, "editProject", { ...project, visibility: "HIDDEN" }), []],
  ["another's project", can(member, "editProject", project), [project.title, "Hanoi Puppetry House"]],
  [
    "a hidden recommendation",
    can(member, "editRecommendation", { ...recommendation, visibility: "HIDDEN" }),
    [],
  ],
  [
    "another's recommendation",
    can(member, "editRecommendation", {
      ...recommendation,
      submittedByOrganisation: { id: "org-3", name: "Kyoto Film Archive" },
    }),
    [recommendation.title, "Kyoto Film Archive"],
  ],
  [
    "an unnamed submitter's recommendation",
    can(member, "editRecommendation", { ...recommendation, submittedByOrganisation: null }),
    [recommendation.title],
  ],
  ["a recommendation past review", can(member, "editRecommendation", recommendation), []],
  ["its own project", can(member, "endorse", { kind: "project", own: true }), [organisation.name]],
  [
    "its own recommendation",
    can(member, "endorse", { kind: "recommendation", own: true }),
    [organisation.name],
  ],
  ["another organisation's members", can(member, "manageMembers", { organisationId: "org-2" }), []],
  ["administration", can(member, "administer", null), []],
];

describe("can", () => {
  it("allows what a member may do", () => {
    expect(can(member, "report", null)).toEqual({ allowed: true });
    expect(can(member, "editRecommendation", { ...recommendation, status: "SUBMITTED" })).toEqual({
      allowed: true,
    });
    expect(can({ ...member, role: "ADMIN" }, "editProject", project)).toEqual({ allowed: true });
  });

  it("answers every refusal with a message key that reads in each language with its names", () => {
    const english = new Map<string, string>();
    for (const locale of routing.locales) {
      const t = translatorFor(locale, "permissions");
      for (const [name, permission, names] of refusals) {
        expect(permission.allowed, name).toBe(false);
        if (permission.allowed) continue;
        const text = explainRefusal(t, permission.reason);
        expect(text, `${locale}: ${name}`).not.toMatch(/[{}]|^permissions\./);
        for (const value of names) expect(text, `${locale}: ${name}`).toContain(value);
        if (locale === routing.defaultLocale) english.set(name, text);
        else expect(text, `${locale}: ${name}`).not.toBe(english.get(name));
      }
    }
  });

  it("names a recommendation's status in the reader's language", () => {
    const permission = can(member, "editRecommendation", recommendation);
    if (permission.allowed) throw new Error("a recommendation past review is not editable");
    expect(explainRefusal(translatorFor("en", "permissions"), permission.reason)).toMatch(/\(implemented\)/);
    expect(explainRefusal(translatorFor("fr", "permissions"), permission.reason)).toMatch(
      /\(mise en œuvre\)/,
    );
  });
});
