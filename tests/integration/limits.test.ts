import { beforeEach, describe, expect, it } from "vitest";
import { registerUser } from "@/lib/actions/registration";
import { hashPassword } from "@/lib/auth/passwords";
import { REGISTRATION_LIMITS, SIGN_IN_LIMITS } from "@/lib/auth/rate-limit";
import { authenticate } from "@/lib/auth/sign-in";
import { db } from "@/lib/db";
import { createOrganisation, uniqueSlug } from "../setup/factories";
import { PASSWORD as password, registrationFields } from "../setup/members";
import { actAs, freshClientAddress, submit } from "../setup/request";

beforeEach(() => actAs(null, freshClientAddress()));

describe("the per-e-mail sign-in limit", () => {
  it("lets no more attempts through in parallel than one after another", async () => {
    const email = `${uniqueSlug("target")}@example.org`;
    await db.user.create({ data: { name: "Target", email, passwordHash: await hashPassword(password) } });
    const attempts = await Promise.all(
      Array.from({ length: 3 * SIGN_IN_LIMITS.perEmail }, () =>
        authenticate({ email, password: "a wrong guess", clientAddress: freshClientAddress() }),
      ),
    );
    const answered = attempts.filter((attempt) => !attempt.ok && attempt.reason === "invalid");
    expect(answered).toHaveLength(SIGN_IN_LIMITS.perEmail);
    const right = await authenticate({ email, password, clientAddress: freshClientAddress() });
    expect(right).toMatchObject({ ok: false, reason: "rate-limited" });
  });

  it("gives a signed-in address its attempt back", async () => {
    const email = `${uniqueSlug("member")}@example.org`;
    await db.user.create({ data: { name: "Member", email, passwordHash: await hashPassword(password) } });
    const clientAddress = freshClientAddress();
    for (let attempt = 0; attempt < SIGN_IN_LIMITS.perAddress + 5; attempt++)
      expect((await authenticate({ email, password, clientAddress })).ok).toBe(true);
  });
});

describe("registration", () => {
  it(`takes at most ${REGISTRATION_LIMITS.perAddress} accounts an hour from one client address`, async () => {
    const organisation = await createOrganisation({ verificationStatus: "VERIFIED" });
    const register = (email: string) =>
      submit(registerUser, registrationFields({ email, organisationId: organisation.id }));
    for (let account = 0; account < REGISTRATION_LIMITS.perAddress; account++)
      expect(await register(`${uniqueSlug("new")}@example.org`)).toEqual({
        redirectedTo: "/register/check-email",
      });
    const users = await db.user.count();
    const email = `${uniqueSlug("one-too-many")}@example.org`;
    const refused = await register(email);
    expect(refused).toMatchObject({ ok: false, message: expect.stringMatching(/^Too many registrations/) });
    expect(refused.values).toMatchObject({ email, name: "Mai Tran" });
    expect(await db.user.count()).toBe(users);

    await actAs(null, freshClientAddress());
    expect(await register(email)).toEqual({ redirectedTo: "/register/check-email" });
  });
});
