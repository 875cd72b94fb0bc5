import { beforeEach, describe, expect, it, vi } from "vitest";
import LoginPage from "@/app/[locale]/(site)/(auth)/login/page";
import { changePassword, signIn, signOut, updateProfile } from "@/lib/actions/auth";
import { authOptions } from "@/lib/auth/options";
import { registerUser } from "@/lib/actions/registration";
import { SESSION_MAX_AGE, sessionCookie } from "@/lib/auth/cookie";
import { hashPassword, verifyPassword } from "@/lib/auth/passwords";
import { SIGN_IN_LIMITS } from "@/lib/auth/rate-limit";
import { decodeSessionToken } from "@/lib/auth/session-token";
import { getCurrentUser } from "@/lib/dal";
import { db } from "@/lib/db";
import { createOrganisation, uniqueSlug } from "../setup/factories";
import { PASSWORD, registrationFields } from "../setup/members";
import {
  actAs,
  freshClientAddress,
  cookieStore,
  sessionCookieValue,
  expectRefusedFields,
  speakIn,
  submit,
} from "../setup/request";

const password = PASSWORD;

async function createUser(
  overrides: { email?: string; organisationId?: string; role?: "MEMBER" | "ADMIN" } = {},
) {
  const organisationId = overrides.organisationId ?? (await createOrganisation()).id;
  return db.user.create({
    data: {
      name: "Test member",
      email: overrides.email ?? `${uniqueSlug("member")}@example.org`,
      passwordHash: await hashPassword(password),
      organisationId,
      role: overrides.role ?? "MEMBER",
      membershipRole: "MEMBER",
      emailVerified: new Date(),
    },
  });
}

// Registrations are limited per client address: each test has its own.
beforeEach(() => actAs(null, freshClientAddress()));

describe("registerUser", () => {
  it("creates a pending, unconfirmed account in an existing organisation, without signing it in", async () => {
    const organisation = await createOrganisation({ verificationStatus: "VERIFIED" });
    const email = `${uniqueSlug("new")}@Example.org`;
    const outcome = await submit(
      registerUser,
      registrationFields({ email, organisationId: organisation.id }),
    );
    expect(outcome).toEqual({ redirectedTo: "/register/check-email" });

    const user = await db.user.findUniqueOrThrow({
      where: { email: email.toLowerCase() },
      select: {
        name: true,
        role: true,
        organisationId: true,
        passwordHash: true,
        membershipRole: true,
        emailVerified: true,
      },
    });
    expect(user).toMatchObject({
      name: "Mai Tran",
      role: "MEMBER",
      organisationId: organisation.id,
      membershipRole: "PENDING",
      emailVerified: null,
    });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(user.passwordHash, password)).toBe(true);
    expect(sessionCookieValue()).toBeUndefined();
  });

  it("requests a new, unverified organisation, which its first person manages", async () => {
    const name = `Hanoi Puppetry Circle ${uniqueSlug("")}`;
    const email = `${uniqueSlug("puppets")}@example.org`;
    const outcome = await submit(registerUser, {
      ...registrationFields({ name: "Binh Le", email }),
      organisationChoice: "new",
      newOrganisationName: name,
      newOrganisationKind: "NGO_OR_ASSOCIATION",
      newOrganisationCountry: "VN",
      newOrganisationWebsite: "https://puppets.example.org",
    });
    expect(outcome.redirectedTo).toBe("/register/check-email");
    const organisation = await db.organisation.findFirstOrThrow({ where: { name } });
    expect(organisation).toMatchObject({
      kind: "NGO_OR_ASSOCIATION",
      countryCode: "VN",
      website: "https://puppets.example.org",
      verificationStatus: "UNVERIFIED",
    });
    expect(organisation.slug).toMatch(/^hanoi-puppetry-circle/);
    expect(
      await db.user.findUniqueOrThrow({
        where: { email },
        select: { organisationId: true, membershipRole: true },
      }),
    ).toEqual({
      organisationId: organisation.id,
      membershipRole: "MANAGER",
    });
  });

  it("names every bad field, keeps what was typed except the password, and saves nothing", async () => {
    const fields = {
      name: "",
      email: "not an address",
      password: "password1234",
      organisationChoice: "new",
      newOrganisationName: "",
      newOrganisationKind: "",
      newOrganisationCountry: "",
      newOrganisationWebsite: "javascript:alert(1)",
    };
    const outcome = await expectRefusedFields(registerUser, fields, {
      errors: Object.keys(fields).filter((name) => name !== "organisationChoice"),
      kept: { email: "not an address", newOrganisationWebsite: "javascript:alert(1)" },
      count: () => db.user.count(),
    });
    expect(outcome.errors?.password?.[0]).toMatch(/most common/);
    expect(outcome.errors?.newOrganisationWebsite?.[0]).toMatch(/http/);
    expect(outcome.values).not.toHaveProperty("password");
    expect(sessionCookieValue()).toBeUndefined();
  });

  it("refuses short passwords", async () => {
    const existing = await createUser();
    const short = await submit(
      registerUser,
      registrationFields({ password: "short", organisationId: existing.organisationId! }),
    );
    expect(short.errors?.password).toEqual(["Use at least 12 characters."]);
  });

  it("answers in the language of the request: the form's message and each field's, with its numbers", async () => {
    const existing = await createUser();
    speakIn("fr");
    const outcome = await submit(
      registerUser,
      registrationFields({
        email: "pas une adresse",
        password: "court",
        organisationId: existing.organisationId!,
      }),
    );
    expect(outcome.message).toBe(
      "Certains champs demandent votre attention : voyez les messages à côté d'eux.",
    );
    expect(outcome.errors).toEqual({
      email: ["Saisissez une adresse e-mail du type nom@exemple.org."],
      password: ["Utilisez au moins 12 caractères."],
    });
    expect(outcome.values).toMatchObject({ email: "pas une adresse" });
  });

  it("refuses to join a rejected or merged organisation", async () => {
    const rejected = await createOrganisation({ verificationStatus: "REJECTED" });
    const outcome = await submit(registerUser, registrationFields({ organisationId: rejected.id }));
    expect(outcome.errors?.organisationId?.[0]).toMatch(/cannot take new members/);
  });
});

// Return paths that browsers would turn into another site, or that cannot be a path.
const awayPaths = [
  "/\t/evil.example/phish",
  "/\r\n/evil.example",
  "/\u3000/evil.example",
  "/..//evil.example",
];

describe("signIn", () => {
  it("signs in with the right password, whatever the e-mail's case, and goes back where it was asked", async () => {
    const user = await createUser();
    const outcome = await submit(signIn, {
      email: user.email.toUpperCase(),
      password,
      callbackUrl: "/projects/new",
    });
    expect(outcome).toEqual({ redirectedTo: "/projects/new" });
    expect((await getCurrentUser())?.id).toBe(user.id);
  });

  it("writes the user, the session and the role signed in with into the session token", async () => {
    const member = await createUser();
    await submit(signIn, { email: member.email, password });
    expect(await decodeSessionToken(sessionCookieValue())).toMatchObject({ userId: member.id, admin: false });
    // Nothing beside it: public pages are the same for every viewer.
    expect(cookieStore.getAll().map((cookie) => cookie.name)).toEqual([sessionCookie.name]);

    await actAs(null);
    const admin = await createUser({ role: "ADMIN" });
    await submit(signIn, { email: admin.email, password });
    const token = sessionCookieValue();
    expect(await decodeSessionToken(token)).toMatchObject({ userId: admin.id, admin: true });
    // A token that was altered, or none, is no session.
    expect(await decodeSessionToken(`${token!.slice(0, -4)}AAAA`)).toBeNull();
    expect(await decodeSessionToken(undefined)).toBeNull();
  });

  it("ends a session when its token expires, though the token was read before", async () => {
    const member = await createUser();
    await submit(signIn, { email: member.email, password });
    const token = sessionCookieValue();
    expect(await decodeSessionToken(token)).toMatchObject({ userId: member.id, admin: false });
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + (SESSION_MAX_AGE + 60) * 1000 });
    try {
      expect(await decodeSessionToken(token)).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it("never sends the user to another site after signing in", async () => {
    const user = await createUser();
    for (const callbackUrl of ["https://evil.example", "//evil.example", "/\\evil.example", ...awayPaths]) {
      await actAs(null);
      expect(await submit(signIn, { email: user.email, password, callbackUrl })).toEqual({
        redirectedTo: "/account",
      });
    }
  });

  it("sends a signed-in visit of the sign-in page to the account, not to another site", async () => {
    const user = await createUser();
    await actAs(user);
    for (const callbackUrl of awayPaths) {
      const visit = submit(
        async () => void (await LoginPage({ searchParams: Promise.resolve({ callbackUrl }) })),
        {},
      );
      expect(await visit).toEqual({ redirectedTo: "/account" });
    }
  });

  it("keeps next-auth's redirects on the portal", async () => {
    const { redirect } = authOptions().callbacks!;
    const baseUrl = "https://culture.example.org";
    for (const url of awayPaths) expect(await redirect!({ url, baseUrl })).toBe(`${baseUrl}/`);
    expect(await redirect!({ url: "/projects?page=2", baseUrl })).toBe(`${baseUrl}/projects?page=2`);
  });

  it("gives the same answer for a wrong password and an unknown e-mail", async () => {
    const user = await createUser();
    const wrong = await submit(signIn, { email: user.email, password: "not the password" });
    const unknown = await submit(signIn, { email: `${uniqueSlug("nobody")}@example.org`, password });
    expect(wrong.message).toBe("The e-mail address or the password is not right.");
    expect(unknown.message).toBe(wrong.message);
    expect(wrong.values).toEqual({ email: user.email });
    expect(sessionCookieValue()).toBeUndefined();
  });

  it("refuses a deactivated account", async () => {
    const user = await createUser();
    await db.user.update({ where: { id: user.id }, data: { deactivatedAt: new Date() } });
    expect((await submit(signIn, { email: user.email, password })).ok).toBe(false);
  });

  it(`blocks an e-mail after ${SIGN_IN_LIMITS.perEmail} failures, even with the right password, from any address`, async () => {
    const user = await createUser();
    for (let attempt = 0; attempt < SIGN_IN_LIMITS.perEmail; attempt++) {
      await actAs(null, `198.51.100.${attempt}`);
      expect((await submit(signIn, { email: user.email, password: "wrong password" })).message).toMatch(
        /not right/,
      );
    }
    await actAs(null, "198.51.100.200");
    const blocked = await submit(signIn, { email: user.email, password });
    expect(blocked.message).toMatch(/^Too many sign-in attempts\. Wait \d+ minutes/);
    expect(sessionCookieValue()).toBeUndefined();

    // An unknown e-mail is blocked the same way: the answer tells nothing about accounts.
    const unknown = `${uniqueSlug("nobody")}@example.org`;
    for (let attempt = 0; attempt < SIGN_IN_LIMITS.perEmail; attempt++) {
      await submit(signIn, { email: unknown, password: "wrong password" });
    }
    expect((await submit(signIn, { email: unknown, password })).message).toBe(blocked.message);
  });

  it(`blocks a client address after ${SIGN_IN_LIMITS.perAddress} failures across e-mails`, async () => {
    const user = await createUser();
    await actAs(null, "192.0.2.99");
    for (let attempt = 0; attempt < SIGN_IN_LIMITS.perAddress; attempt++) {
      await submit(signIn, { email: `${uniqueSlug("guess")}@example.org`, password: "wrong password" });
    }
    expect((await submit(signIn, { email: user.email, password })).message).toMatch(/Too many/);
    await actAs(null, "192.0.2.100");
    expect((await submit(signIn, { email: user.email, password })).redirectedTo).toBe("/account");
  });

  it("keeps the count in the database, where every server process sees it", async () => {
    const user = await createUser();
    await submit(signIn, { email: user.email, password: "wrong password" });
    const row = await db.rateLimiterFlexible.findUnique({ where: { key: `sign-in:email:${user.email}` } });
    expect(row?.points).toBe(1);
  });
});

describe("sessions", () => {
  it("signs out, and drops the session cookie", async () => {
    const user = await createUser();
    await submit(signIn, { email: user.email, password });
    expect(sessionCookieValue()).toBeDefined();
    expect(await submit(async () => signOut(), {})).toEqual({ redirectedTo: "/" });
    expect(sessionCookieValue()).toBeUndefined();
  });

  it("re-reads role and organisation on every request, and ends a deactivated account's session", async () => {
    const user = await createUser();
    await actAs(user);
    expect((await getCurrentUser())?.role).toBe("MEMBER");
    const other = await createOrganisation();
    await db.user.update({ where: { id: user.id }, data: { role: "ADMIN", organisationId: other.id } });
    await actAs(user);
    expect(await getCurrentUser()).toMatchObject({ role: "ADMIN", organisation: { id: other.id } });
    await db.user.update({ where: { id: user.id }, data: { deactivatedAt: new Date() } });
    await actAs(user);
    expect(await getCurrentUser()).toBeNull();
  });

  it("treats a forged session token as no session", async () => {
    const { encode } = await import("next-auth/jwt");
    const user = await createUser();
    await actAs(null);
    const { cookieStore } = await import("../setup/request");
    const { sessionCookie } = await import("@/lib/auth/cookie");
    cookieStore.set(
      sessionCookie.name,
      await encode({ token: { sub: user.id }, secret: "another secret entirely!!!!!!!!" }),
    );
    expect(await getCurrentUser()).toBeNull();
  });

  it("never returns the password hash from an ordinary query", async () => {
    const user = await createUser();
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row).not.toHaveProperty("passwordHash");
  });
});

describe("account", () => {
  it("sends anonymous requests to the sign-in page", async () => {
    expect((await submit(updateProfile, { name: "Someone" })).redirectedTo).toMatch(/^\/login\?callbackUrl=/);
  });

  it("updates the name", async () => {
    const user = await createUser();
    await actAs(user);
    expect((await submit(updateProfile, { name: "New Name" })).ok).toBe(true);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe("New Name");
  });

  it("changes the password only with the current one", async () => {
    const user = await createUser();
    await actAs(user);
    const newPassword = "another long passphrase";
    const wrong = await submit(changePassword, {
      currentPassword: "not it at all",
      newPassword,
      confirmPassword: newPassword,
    });
    expect(wrong.errors?.currentPassword).toEqual(["This is not your current password."]);
    const mismatch = await submit(changePassword, {
      currentPassword: password,
      newPassword,
      confirmPassword: "x",
    });
    expect(mismatch.errors?.confirmPassword).toEqual(["The two new passwords differ."]);
    const done = await submit(changePassword, {
      currentPassword: password,
      newPassword,
      confirmPassword: newPassword,
    });
    expect(done.ok).toBe(true);
    await actAs(null);
    expect((await submit(signIn, { email: user.email, password: newPassword })).redirectedTo).toBe(
      "/account",
    );
  });
});

describe("demo accounts", () => {
  it("are seeded outside production and refused in production", async () => {
    const { demoAccounts, seedDemoAccounts } = await import("../../prisma/seed/demo-accounts");
    const emails = demoAccounts.map((account) => account.email);
    expect(await db.user.count({ where: { email: { in: emails } } })).toBe(3);
    expect(
      await db.user.findUnique({ where: { email: "admin@demo.example.org" }, select: { role: true } }),
    ).toEqual({
      role: "ADMIN",
    });
    await db.user.deleteMany({ where: { email: { in: emails } } });
    const { vi } = await import("vitest");
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    expect(await seedDemoAccounts(db as never, "production")).toBe(0);
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/not created/));
    log.mockRestore();
    expect(await db.user.count({ where: { email: { in: emails } } })).toBe(0);
  });
});
