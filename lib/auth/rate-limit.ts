import "server-only";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { db } from "@/lib/db";

const WINDOW_SECONDS = 15 * 60;

// Failed sign-ins are counted in the database, so the limit holds across server processes.
function failureLimiter(keyPrefix: string, points: number) {
  return new RateLimiterPrisma({
    storeClient: db,
    tableName: "rateLimiterFlexible",
    keyPrefix,
    points,
    duration: WINDOW_SECONDS,
    blockDuration: WINDOW_SECONDS,
  });
}

let limiters: { email: RateLimiterPrisma; address: RateLimiterPrisma } | undefined;
function signInLimiters() {
  return (limiters ??= {
    email: failureLimiter("sign-in:email", 5),
    address: failureLimiter("sign-in:address", 20),
  });
}

export const SIGN_IN_LIMITS = { perEmail: 5, perAddress: 20, windowMinutes: WINDOW_SECONDS / 60 };

// Seconds to wait when a consumption went over its limit, else 0.
async function waitAfter(...attempts: Promise<unknown>[]): Promise<number> {
  const waits = await Promise.all(
    attempts.map((attempt) =>
      attempt.then(
        () => 0,
        (error) => {
          if (!(error instanceof RateLimiterRes)) throw error;
          return Math.max(1000, error.msBeforeNext);
        },
      ),
    ),
  );
  return Math.ceil(Math.max(...waits) / 1000);
}

// Counts a sign-in attempt before its password is checked, so that attempts in parallel
// cannot all pass a check made before any of them is counted. Seconds to wait, or 0.
export async function takeSignInAttempt(email: string, address: string): Promise<number> {
  const { email: byEmail, address: byAddress } = signInLimiters();
  return waitAfter(byEmail.consume(email), byAddress.consume(address));
}

// A sign-in that succeeded was no failure: the e-mail starts afresh, the address gets its attempt back.
export async function settleSignIn(email: string, address: string) {
  const { email: byEmail, address: byAddress } = signInLimiters();
  await Promise.all([byEmail.delete(email), byAddress.reward(address, 1)]);
}

export async function clearSignInFailures(email: string) {
  await signInLimiters().email.delete(email);
}

const HOUR = 60 * 60;

// New accounts (and organisations) one client address may register in an hour.
export const REGISTRATION_LIMITS = { perAddress: 10, windowMinutes: HOUR / 60 };

let registrations: RateLimiterPrisma | undefined;

// Counts a registration from this address; seconds to wait when over the limit, else 0.
export async function takeRegistrationAttempt(address: string): Promise<number> {
  registrations ??= new RateLimiterPrisma({
    storeClient: db,
    tableName: "rateLimiterFlexible",
    keyPrefix: "register:address",
    points: REGISTRATION_LIMITS.perAddress,
    duration: HOUR,
  });
  return waitAfter(registrations.consume(address));
}
