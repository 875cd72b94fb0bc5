import { beforeAll, describe, expect, it } from "vitest";
import * as admin from "@/lib/actions/admin/organisations";
import * as partnerships from "@/lib/actions/admin/partnerships";
import * as moderation from "@/lib/actions/admin/moderation";
import { changeRecommendationStatus } from "@/lib/actions/admin/recommendations";
import * as users from "@/lib/actions/admin/users";
import * as auth from "@/lib/actions/auth";
import * as endorsements from "@/lib/actions/endorsements";
import * as memberships from "@/lib/actions/memberships";
import * as notifications from "@/lib/actions/notifications";
import * as passwordReset from "@/lib/actions/password-reset";
import * as projects from "@/lib/actions/projects";
import * as recommendations from "@/lib/actions/recommendations";
import * as registration from "@/lib/actions/registration";
import { reportEntry } from "@/lib/actions/reports";
import { db } from "@/lib/db";
import type { FormState } from "@/lib/form-state";
import {
  createOrganisation,
  createPartnership,
  createProject,
  createRecommendation,
} from "../setup/factories";
import { createMember, createPerson } from "../setup/members";
import { actAs, submit } from "../setup/request";

type Action = (state: FormState, data: FormData) => Promise<FormState | void>;
type Fields = Record<string, string | string[]>;
type Case = {
  action: Action;
  signedIn: boolean;
  fields: (ids: Ids) => Fields;
  enums?: string[];
  link?: true;
  // Read leniently, as list pages read ?page=: any other value is the first page.
  lenient?: string[];
};
type Ids = Record<
  "project" | "recommendation" | "workshop" | "user" | "organisation" | "partnership",
  string
>;

const password = "a long enough passphrase";
const entry = (ids: Ids) => ({ projectId: ids.project });

// Every form action with a plausible value in each of its fields.
const cases: Record<string, Case> = {
  createProject: {
    action: projects.createProject,
    signedIn: true,
    enums: ["disciplines", "cooperationAreas", "language"],
    fields: () => ({
      title: "A puppet exchange on the Mekong",
      summary: "Puppeteers from Viet Nam and France trade techniques.",
      description: "Two residencies, one in Hanoi and one in Charleville, with a shared show.",
      language: "en",
      countryCodes: ["VN", "FR"],
      disciplines: ["PERFORMING_ARTS"],
      cooperationAreas: ["ARTIST_MOBILITY"],
      startDate: "2025-01-01",
      endDate: "2025-12-31",
      website: "https://puppets.example.org",
    }),
  },
  updateProject: {
    action: projects.updateProject,
    signedIn: true,
    enums: ["disciplines", "cooperationAreas", "language"],
    fields: (ids) => ({ ...cases.createProject.fields(ids), projectId: ids.project }),
  },
  saveProjectTranslation: {
    action: projects.saveProjectTranslation,
    signedIn: true,
    enums: ["language"],
    fields: (ids) => ({
      projectId: ids.project,
      language: "fr",
      title: "Un échange de marionnettes sur le Mékong",
      summary: "Des marionnettistes du Viet Nam et de France échangent leurs techniques.",
    }),
  },
  deleteProjectTranslation: {
    action: projects.deleteProjectTranslation,
    signedIn: true,
    enums: ["language"],
    fields: (ids) => ({ projectId: ids.project, language: "fr" }),
  },
  submitRecommendation: {
    action: recommendations.submitRecommendation,
    signedIn: true,
    enums: ["audiences", "language"],
    fields: (ids) => ({
      language: "en",
      title: "Fund residencies for young curators",
      text: "ASEF should fund two-month residencies for curators under 35.",
      audiences: ["ASEF"],
      workshopId: ids.workshop,
    }),
  },
  updateRecommendation: {
    action: recommendations.updateRecommendation,
    signedIn: true,
    enums: ["audiences", "language"],
    fields: (ids) => {
      const { workshopId: _workshop, ...fields } = cases.submitRecommendation.fields(ids);
      return { ...fields, recommendationId: ids.recommendation };
    },
  },
  registerUser: {
    action: registration.registerUser,
    signedIn: false,
    enums: ["organisationChoice", "newOrganisationKind"],
    fields: () => ({
      name: "Lan Nguyen",
      email: "lan.nguyen@example.org",
      password,
      organisationChoice: "new",
      newOrganisationName: "Hanoi Shadow Theatre",
      newOrganisationKind: "NGO_OR_ASSOCIATION",
      newOrganisationCountry: "VN",
      newOrganisationWebsite: "https://shadow.example.org",
    }),
  },
  // Its one field is the link's hidden token: a spoiled one is an invalid link.
  confirmEmail: {
    action: registration.confirmEmail,
    signedIn: false,
    link: true,
    fields: () => ({ token: "t".repeat(43) }),
  },
  signIn: {
    action: auth.signIn,
    signedIn: false,
    fields: () => ({ email: "lan.nguyen@example.org", password, callbackUrl: "/account" }),
  },
  updateProfile: { action: auth.updateProfile, signedIn: true, fields: () => ({ name: "Lan Nguyen" }) },
  changePassword: {
    action: auth.changePassword,
    signedIn: true,
    fields: () => ({
      currentPassword: password,
      newPassword: `${password}!`,
      confirmPassword: `${password}!`,
    }),
  },
  requestPasswordReset: {
    action: passwordReset.requestPasswordReset,
    signedIn: false,
    fields: () => ({ email: "lan.nguyen@example.org" }),
  },
  resetPassword: {
    action: passwordReset.resetPassword,
    signedIn: false,
    fields: () => ({ token: "t".repeat(43), newPassword: `${password}!`, confirmPassword: `${password}!` }),
  },
  endorseEntry: {
    action: endorsements.endorseEntry,
    signedIn: true,
    fields: (ids) => ({ ...entry(ids), statement: "We worked with them." }),
  },
  withdrawEndorsement: { action: endorsements.withdrawEndorsement, signedIn: true, fields: entry },
  reportEntry: {
    action: reportEntry,
    signedIn: true,
    enums: ["reason"],
    fields: (ids) => ({ ...entry(ids), reason: "SPAM", comment: "Advertises a shop." }),
  },
  hideEntry: {
    action: moderation.hideEntry,
    signedIn: true,
    fields: (ids) => ({ ...entry(ids), reason: "Spam, hidden by moderators." }),
  },
  restoreEntry: { action: moderation.restoreEntry, signedIn: true, fields: entry },
  dismissReport: { action: moderation.dismissReport, signedIn: true, fields: () => ({ reportId: "report" }) },
  changeRecommendationStatus: {
    action: changeRecommendationStatus,
    signedIn: true,
    enums: ["toStatus"],
    fields: (ids) => ({
      recommendationId: ids.recommendation,
      toStatus: "UNDER_REVIEW",
      note: "Under review by the team.",
      changedOn: "2026-01-01",
    }),
  },
  verifyOrganisation: {
    action: admin.verifyOrganisation,
    signedIn: true,
    fields: (ids) => ({ organisationId: ids.organisation }),
  },
  rejectOrganisation: {
    action: admin.rejectOrganisation,
    signedIn: true,
    fields: (ids) => ({ organisationId: ids.organisation, reason: "Not a cultural organisation." }),
  },
  mergeOrganisations: {
    action: admin.mergeOrganisations,
    signedIn: true,
    fields: (ids) => ({ duplicateId: ids.organisation, keepId: ids.organisation, confirm: "yes" }),
  },
  createPartnership: {
    action: partnerships.createPartnership,
    signedIn: true,
    enums: ["status", "cooperationAreas", "sectors"],
    fields: () => ({
      ecocDesignationId: "ecoc",
      cceaDesignationId: "ccea",
      status: "PROPOSED",
      cooperationAreas: ["ARTIST_MOBILITY"],
      sectors: ["HERITAGE"],
      rationale: "Both cities build their programme around river heritage.",
      addProjectSlugs: "",
    }),
  },
  updatePartnership: {
    action: partnerships.updatePartnership,
    signedIn: true,
    enums: ["cooperationAreas", "sectors"],
    fields: (ids) => ({ ...cases.createPartnership.fields(ids), partnershipId: ids.partnership }),
  },
  changePartnershipStatus: {
    action: partnerships.changePartnershipStatus,
    signedIn: true,
    enums: ["toStatus"],
    fields: (ids) => ({ partnershipId: ids.partnership, toStatus: "ACTIVE", note: "Signed a letter." }),
  },
  deletePartnership: {
    action: partnerships.deletePartnership,
    signedIn: true,
    fields: (ids) => ({ partnershipId: ids.partnership }),
  },
  changeUserRole: {
    action: users.changeUserRole,
    signedIn: true,
    enums: ["role"],
    fields: (ids) => ({ userId: ids.user, role: "ADMIN", returnTo: "/admin/users" }),
  },
  deactivateUser: { action: users.deactivateUser, signedIn: true, fields: (ids) => ({ userId: ids.user }) },
  reactivateUser: { action: users.reactivateUser, signedIn: true, fields: (ids) => ({ userId: ids.user }) },
  approveMember: {
    action: memberships.approveMember,
    signedIn: true,
    fields: (ids) => ({ userId: ids.user }),
  },
  declineMember: {
    action: memberships.declineMember,
    signedIn: true,
    fields: (ids) => ({ userId: ids.user, reason: "We do not know you." }),
  },
  joinOrganisation: {
    action: memberships.joinOrganisation,
    signedIn: true,
    enums: ["organisationChoice"],
    fields: (ids) => ({ organisationChoice: "existing", organisationId: ids.organisation }),
  },
  saveEmailDomains: {
    action: memberships.saveEmailDomains,
    signedIn: true,
    fields: (ids) => ({ organisationId: ids.organisation, emailDomains: "culture.gov.pl" }),
  },
  markNotificationRead: {
    action: notifications.markNotificationRead,
    signedIn: true,
    lenient: ["page"],
    fields: () => ({ notificationId: "notification", page: "2" }),
  },
  markAllNotificationsRead: {
    action: notifications.markAllNotificationsRead,
    signedIn: true,
    lenient: ["page"],
    fields: () => ({ page: "2" }),
  },
  saveNotificationPreferences: {
    action: notifications.saveNotificationPreferences,
    signedIn: true,
    enums: ["ENTRY_ENDORSED", "MEMBERSHIP_ANSWER"],
    fields: () => ({
      ENTRY_ENDORSED: "IMMEDIATE",
      ENDORSEMENT_WITHDRAWN: "PORTAL",
      RECOMMENDATION_STATUS: "DIGEST",
      PAIRING_STATUS: "PORTAL",
      ENTRY_HIDDEN: "IMMEDIATE",
      ENTRY_RESTORED: "IMMEDIATE",
      MEMBERSHIP_REQUEST: "DIGEST",
      MEMBERSHIP_ANSWER: "IMMEDIATE",
    }),
  },
};

const unsavable = {
  "a NUL byte": (value: string) => `${value}\u0000`,
  "a lone surrogate": (value: string) => `${value.slice(0, 3)}\ud800${value.slice(3)}`,
};
const CANNOT_BE_SAVED = /cannot be saved/;

// Every row the portal keeps, as one text per table: sessions and limiter counts aside.
async function everything() {
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
      AND table_name NOT IN ('Session', 'RateLimiterFlexible', '_prisma_migrations')`;
  const rows: Record<string, string> = {};
  for (const { name } of tables) {
    const [row] = await db.$queryRawUnsafe<{ digest: string | null }[]>(
      `SELECT md5(string_agg(t::text, ',' ORDER BY t::text)) AS digest FROM "${name}" t`,
    );
    rows[name] = row.digest ?? "";
  }
  return rows;
}

let ids: Ids;
let signedInUser: { id: string };

beforeAll(async () => {
  signedInUser = await createMember({}, "ADMIN");
  const organisation = await createOrganisation();
  const project = await createProject({ leadOrganisationId: organisation.id });
  const recommendation = await createRecommendation();
  const partnership = await createPartnership();
  const user = await createPerson(organisation.id, { membershipRole: "PENDING" });
  ids = {
    project: project.id,
    recommendation: recommendation.id,
    workshop: recommendation.workshopId,
    user: user.id,
    organisation: organisation.id,
    partnership: partnership.id,
  };
});

async function post(name: string, fields: Fields) {
  await actAs(cases[name].signedIn ? signedInUser : null);
  const outcome = await submit(cases[name].action, fields);
  expect(outcome.ok, `${name} ${JSON.stringify(fields).slice(0, 200)}`).toBe(false);
  expect(outcome.redirectedTo).toBeUndefined();
  return outcome;
}

describe.each(Object.keys(cases))("%s", (name) => {
  it("refuses NUL bytes and lone surrogates in each field next to it, keeps the input and saves nothing", async () => {
    const before = await everything();
    const valid = cases[name].fields(ids);
    for (const [kind, spoil] of Object.entries(unsavable))
      for (const field of Object.keys(valid)) {
        const value = valid[field];
        const spoiled = Array.isArray(value) ? value.map(spoil) : spoil(value);
        const outcome = await post(name, { ...valid, [field]: spoiled });
        if (cases[name].link) expect(outcome.message).toMatch(/link is not valid/);
        else
          expect(outcome.errors?.[field], `${kind} in ${field}`).toEqual([
            expect.stringMatching(CANNOT_BE_SAVED),
          ]);
        // As a browser posts it: FormData holds a lone surrogate as U+FFFD.
        const kept = [spoiled].flat().map((text) => text.toWellFormed());
        if (!/password/i.test(field)) expect([outcome.values?.[field]].flat()).toEqual(kept);
      }
    expect(await everything()).toEqual(before);
  });

  it("refuses 100 KB in each field and unknown values in its lists, and saves nothing", async () => {
    const before = await everything();
    const valid = cases[name].fields(ids);
    for (const field of Object.keys(valid).filter((key) => !cases[name].lenient?.includes(key)))
      await post(name, { ...valid, [field]: "x".repeat(100_000) });
    for (const field of cases[name].enums ?? [])
      expect((await post(name, { ...valid, [field]: "NOT_A_VALUE" })).errors?.[field]).toBeDefined();
    expect(await everything()).toEqual(before);
  });
});
