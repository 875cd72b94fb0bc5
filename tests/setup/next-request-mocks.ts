import { vi } from "vitest";

// Server actions read cookies and headers from the request and revalidate Next's
// cache; outside a Next server those come from tests/setup/request.ts.
vi.mock("next/headers", async () => {
  const request = await import("./request");
  return { cookies: async () => request.cookieStore, headers: async () => request.currentHeaders() };
});

vi.mock("next/cache", async () => {
  const request = await import("./request");
  return {
    revalidatePath: request.revalidateMocks.revalidatePath,
    revalidateTag: request.revalidateMocks.revalidateTag,
    updateTag: request.revalidateMocks.revalidateTag,
    unstable_cache: <T>(fn: T) => fn,
  };
});
