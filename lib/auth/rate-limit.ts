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

// Seconds until this e-mail and address may try again, or 0 when they may now.
export async function signInRetryAfter(email: string, address: string): Promise<number> {
  const { email: byEmail, address: byAddress } = signInLimiters();
  const results = await Promise.all([byEmail.get(email), byAddress.get(address)]);
  const limits = [byEmail.points, byAddress.points];
  const waits = results.map((result, index) =>
    result && result.consumedPoints >= limits[index] ? result.msBeforeNext : 0,
  );
  return Math.ceil(Math.max(...waits) / 1000);
}

export async function recordSignInFailure(email: string, address: string) {
  const { email: byEmail, address: byAddress } = signInLimiters();
  await Promise.all(
    [byEmail.consume(email), byAddress.consume(address)].map((attempt) =>
      // A rejection with a RateLimiterRes only means the limit is now reached.
      attempt.catch((error) => {
        if (!(error instanceof RateLimiterRes)) throw error;
      }),
    ),
  );
}

export async function clearSignInFailures(email: string) {
  await signInLimiters().email.delete(email);
}
