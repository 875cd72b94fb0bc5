// Runs once when the server starts, before it answers a request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Settings are checked at start (lib/env.ts throws on any that is not valid), and
  // the embedded store is opened now, so that a second process on the same folder is
  // refused at once rather than failing its first request (lib/store-lock.ts).
  const { env } = await import("@/lib/env");
  const { storeKind } = await import("@/lib/store");
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
