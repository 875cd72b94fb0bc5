import "server-only";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { db } from "@/lib/db";

const HOUR = 60 * 60;

// How many account mails (confirmation links, reset links, "someone registered with
// your address") one address or one client may cause in an hour: enough for a person
// who lost a mail, too few to flood someone's inbox. Counted in the database, so the
// limit holds across server processes.
export const MAIL_LIMITS = { perRecipient: 3, perClient: 10, windowMinutes: HOUR / 60 };

let limiters: { recipient: RateLimiterPrisma; client: RateLimiterPrisma } | undefined;
function mailLimiters() {
  return (limiters ??= {
    recipient: new RateLimiterPrisma({
      storeClient: db,
      tableName: "rateLimiterFlexible",
      keyPrefix: "account-mail:recipient",
      points: MAIL_LIMITS.perRecipient,
      duration: HOUR,
    }),
    client: new RateLimiterPrisma({
      storeClient: db,
      tableName: "rateLimiterFlexible",
      keyPrefix: "account-mail:client",
      points: MAIL_LIMITS.perClient,
      duration: HOUR,
    }),
  });
}

// Takes one mail from both allowances; answers the seconds to wait when either is
// used up (0 when the mail may go).
export async function takeMailAllowance(recipient: string, client: string): Promise<number> {
  const { recipient: byRecipient, client: byClient } = mailLimiters();
  const waits = await Promise.all(
    [byRecipient.consume(recipient.toLowerCase()), byClient.consume(client)].map((attempt) =>
      attempt.then(
        () => 0,
        (error) => {
          if (error instanceof RateLimiterRes) return error.msBeforeNext;
          throw error;
        },
      ),
    ),
  );
  return Math.ceil(Math.max(...waits) / 1000);
}
