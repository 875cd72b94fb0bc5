import crypto from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { changePassword, signIn, signOut, signOutEverywhere } from "@/lib/actions/auth";
import { requestPasswordReset, resetPassword } from "@/lib/actions/password-reset";
import { sessionCookie } from "@/lib/auth/cookie";
import { authOptions } from "@/lib/auth/options";
import { hashPassword } from "@/lib/auth/passwords";
import { decodeSessionToken } from "@/lib/auth/session-token";
import { getCurrentUser } from "@/lib/dal";
import { db } from "@/lib/db";
import { uniqueSlug } from "../setup/factories";
import { linkIn, mailTo, onlyMailTo, tokenOf } from "../setup/mailbox";
import { createPerson } from "../setup/members";
import { actAs, cookieStore, sessionCookieValue, submit } from "../setup/request";

const password = "a long enough passphrase";
const newPassword = "another long passphrase";

async function createAccount() {
  return createPerson(null, { passwordHash: await hashPassword(password) });
}

// Signs in through the form, as a browser would, and keeps the token it was given.
async function signedIn(email: string) {
  await actAs(null);
  expect((await submit(signIn, { email, password })).redirectedTo).toBe("/account");
  return sessionCookieValue()!;
}

// The same token sent again, as a copy kept elsewhere would be.
async function replay(token: string) {
  await actAs(null);
  cookieStore.set(sessionCookie.name, token);
  return getCurrentUser();
}

// What next-auth's own endpoints (/api/auth/session) make of a token.
async function nextAuthSession(token: string) {
  const claims = await decodeSessionToken(token);
  const jwt = { sub: claims!.userId, sid: claims!.sessionId };
  const { callbacks } = authOptions();
  try {
    const kept = await callbacks!.jwt!({ token: jwt } as never);
    return callbacks!.session!({ session: { expires: "" }, token: kept } as never);
  } catch (error) {
    // next-auth answers this by clearing the cookie: a visitor.
    if (!/ended on the server/.test(String(error))) throw error;
    return null;
  }
}

beforeEach(() => actAs(null));

describe("signing out", () => {
  it("ends the session on the server: the same token replayed is a visitor, here and at next-auth", async () => {
    const user = await createAccount();
    const token = await signedIn(user.email);
    expect((await replay(token))?.id).toBe(user.id);
    expect(await nextAuthSession(token)).toMatchObject({ user: { id: user.id } });

    await submit(async () => signOut(), {});
    expect(sessionCookieValue()).toBeUndefined();
    expect(await replay(token)).toBeNull();
    expect(await nextAuthSession(token)).toBeNull();
  });

  it("signs out everywhere: every session of the account ends, and others' stay", async () => {
    const user = await createAccount();
    const other = await createAccount();
    const [laptop, phone, someoneElse] = [
      await signedIn(user.email),
      await signedIn(user.email),
      await signedIn(other.email),
    ];
    await replay(laptop);
    expect(await submit(signOutEverywhere, {})).toEqual({ redirectedTo: "/login?signedOut=everywhere" });
    expect(await replay(laptop)).toBeNull();
    expect(await replay(phone)).toBeNull();
    expect((await replay(someoneElse))?.id).toBe(other.id);
  });

  it("next-auth's sign-out ends the session's row as the portal's does", async () => {
    const user = await createAccount();
    const token = await signedIn(user.email);
    const claims = await decodeSessionToken(token);
    await authOptions().events!.signOut!({ token: { sub: user.id, sid: claims!.sessionId } } as never);
    expect(await replay(token)).toBeNull();
  });
});

describe("changing the password", () => {
  it("ends the account's other sessions, keeps this one, and tells the owner", async () => {
    const user = await createAccount();
    const elsewhere = await signedIn(user.email);
    const here = await signedIn(user.email);
    await replay(here);
    const outcome = await submit(changePassword, {
      currentPassword: password,
      newPassword,
      confirmPassword: newPassword,
    });
    expect(outcome).toMatchObject({
      ok: true,
      message: expect.stringMatching(/other session was signed out/),
    });
    expect(await replay(elsewhere)).toBeNull();
    expect((await replay(here))?.id).toBe(user.id);
    onlyMailTo(user.email, /Your password was changed/);
  });
});

describe("resetting a forgotten password", () => {
  it("answers the same whether or not the address has an account", async () => {
    const user = await createAccount();
    const known = await submit(requestPasswordReset, { email: user.email });
    const unknownEmail = `${uniqueSlug("nobody")}@example.org`;
    const unknown = await submit(requestPasswordReset, { email: unknownEmail });
    expect(known.ok).toBe(true);
    expect({ ...unknown, values: {} }).toEqual({ ...known, values: {} });
    expect(mailTo(unknownEmail)).toEqual([]);
    onlyMailTo(user.email, /Choose a new password/);
  });

  it("takes a single-use link, stored hashed, that ends every session and signs this browser in", async () => {
    const user = await createAccount();
    const before = await signedIn(user.email);
    await actAs(null);
    await submit(requestPasswordReset, { email: user.email });
    const token = tokenOf(linkIn(onlyMailTo(user.email, /Choose a new password/), "/reset-password?token="));
    const stored = await db.accountToken.findFirstOrThrow({
      where: { userId: user.id, purpose: "RESET_PASSWORD" },
    });
    expect(stored.tokenHash).toBe(crypto.createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(stored)).not.toContain(token);

    const mismatch = await submit(resetPassword, { token, newPassword, confirmPassword: "other" });
    expect(mismatch.errors?.confirmPassword).toEqual(["The two new passwords differ."]);
    const outcome = await submit(resetPassword, { token, newPassword, confirmPassword: newPassword });
    expect(outcome).toEqual({ redirectedTo: "/account?notice=passwordReset" });
    const now = sessionCookieValue()!;
    expect(await replay(before)).toBeNull();
    expect((await replay(now))?.id).toBe(user.id);
    expect((await signedInWith(user.email, newPassword)).redirectedTo).toBe("/account");

    await actAs(null);
    const again = await submit(resetPassword, { token, newPassword: password, confirmPassword: password });
    expect(again.message).toMatch(/already used/);
    expect((await signedInWith(user.email, newPassword)).redirectedTo).toBe("/account");
  });

  it("refuses a link after an hour", async () => {
    const user = await createAccount();
    await submit(requestPasswordReset, { email: user.email });
    const token = tokenOf(linkIn(onlyMailTo(user.email, /Choose a new password/), "/reset-password"));
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 60 * 60 * 1000 + 1000 });
    try {
      const late = await submit(resetPassword, { token, newPassword, confirmPassword: newPassword });
      expect(late.message).toMatch(/expired/);
    } finally {
      vi.useRealTimers();
    }
    expect((await signedInWith(user.email, password)).redirectedTo).toBe("/account");
  });
});

async function signedInWith(email: string, secret: string) {
  await actAs(null);
  return submit(signIn, { email, password: secret });
}
