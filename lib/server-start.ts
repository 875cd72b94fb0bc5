import { env } from "@/lib/env";
import { storeKind } from "@/lib/store";

// Settings are checked at start (lib/env.ts throws on any that is not valid), and the
// embedded store is opened now, so that a second process on the same folder is refused
// at once rather than failing its first request (lib/store-lock.ts).
export async function startServer() {
  if (storeKind() === "pglite") await openEmbeddedStore();
  if (env.NOTIFICATION_WORKER === "on" && process.env.NEXT_PHASE !== "phase-production-build")
    await startWorkerOnce();
}

async function openEmbeddedStore() {
  const { db } = await import("@/lib/db");
  const { StoreInUse } = await import("@/lib/store-lock");
  try {
    await db.$queryRaw`SELECT 1`;
  } catch (error) {
    if (!(error instanceof StoreInUse)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

// Notification mail goes out from the server process (lib/notifications/worker.ts);
// once, even if Next evaluates this file again.
async function startWorkerOnce() {
  const state = globalThis as unknown as { notificationWorker?: unknown };
  if (state.notificationWorker) return;
  const { startNotificationWorker } = await import("@/lib/notifications/worker");
  state.notificationWorker = startNotificationWorker();
}
