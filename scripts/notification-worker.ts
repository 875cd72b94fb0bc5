// `npm run worker`: sends notification mail in a process of its own, beside servers
// started with NOTIFICATION_WORKER=off (or with it on: workers never send a mail twice).
// The embedded store allows one process, so this needs DATABASE_URL.
import { storeKind } from "../lib/store";
import { startNotificationWorker } from "../lib/notifications/worker";

if (storeKind() !== "postgres") {
  console.error(
    "The embedded store is the server's alone: its worker sends the mail. Set DATABASE_URL to run one apart.",
  );
  process.exit(1);
}
const worker = startNotificationWorker();
console.log("The notification worker is running.");
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.on(signal, () => void worker.stop().then(() => process.exit(0)));
