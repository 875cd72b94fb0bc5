// Runs once when the server starts, before it answers a request. The literal condition
// lets the bundler leave the Node-only start-up out of the Edge build.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startServer } = await import("@/lib/server-start");
    await startServer();
  }
}
