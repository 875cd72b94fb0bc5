import "server-only";
import { BATCH_SIZE, processOutbox, queueDigests } from "./outbox";

export type NotificationWorker = { stop: () => Promise<void> };

// Polls the outbox every interval, draining it a batch at a time. Run in the server
// process (lib/server-start.ts) or alone (`npm run worker`); several at once are safe.
export function startNotificationWorker({ intervalMs = 5_000 } = {}): NotificationWorker {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let round: Promise<void> = Promise.resolve();

  async function runRound() {
    try {
      await queueDigests(new Date());
      while (!stopped && (await processOutbox(new Date())).claimed === BATCH_SIZE);
    } catch (error) {
      console.error("The notification worker could not finish a round:", error);
    }
  }
  function schedule() {
    if (stopped) return;
    timer = setTimeout(() => {
      round = runRound().then(schedule);
    }, intervalMs);
  }
  schedule();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await round;
    },
  };
}
