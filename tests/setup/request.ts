import { encode } from "next-auth/jwt";
import { vi } from "vitest";
import { sessionCookie } from "@/lib/auth/cookie";
import type { FormState } from "@/lib/form-state";

// The request a server action runs in, for integration tests: next/headers and
// next/cache are replaced (tests/setup/next-request-mocks.ts) by this cookie jar
// and these headers, so tests call the real actions as a browser would post them.
const jar = new Map<string, string>();
const requestHeaders = new Headers();

export const cookieStore = {
  get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
  getAll: () => [...jar].map(([name, value]) => ({ name, value })),
  has: (name: string) => jar.has(name),
  set: (name: string, value: string) => void jar.set(name, value),
  delete: (name: string) => void jar.delete(name),
};

export function currentHeaders() {
  return new Headers(requestHeaders);
}

export const revalidated = { paths: [] as string[], tags: [] as string[] };

// Signs the next actions in as this user (a session cookie as the portal issues
// it), or signs out with null. Each call starts a fresh request.
export async function actAs(user: { id: string } | null, clientAddress = "203.0.113.7") {
  jar.clear();
  revalidated.paths.length = 0;
  revalidated.tags.length = 0;
  requestHeaders.set("x-forwarded-for", clientAddress);
  if (user) {
    const { authSecret } = await import("@/lib/auth/secret");
    jar.set(sessionCookie.name, await encode({ token: { sub: user.id }, secret: authSecret() }));
  }
}

export function sessionCookieValue() {
  return jar.get(sessionCookie.name);
}

export function formData(fields: Record<string, string | string[] | undefined>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const single of Array.isArray(value) ? value : value === undefined ? [] : [value])
      data.append(name, single);
  }
  return data;
}

export type ActionOutcome = FormState & { redirectedTo?: string; httpStatus?: number };

// Runs a form action with these fields. Next's redirect() and forbidden() throw;
// they come back here as where the browser would be sent, or the HTTP status.
export async function submit(
  action: (state: FormState, data: FormData) => Promise<FormState | void>,
  fields: Record<string, string | string[] | undefined>,
): Promise<ActionOutcome> {
  try {
    return (await action({}, formData(fields))) ?? {};
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (digest.startsWith("NEXT_REDIRECT;")) return { redirectedTo: digest.split(";")[2] };
    if (digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;")) return { httpStatus: Number(digest.split(";")[1]) };
    throw error;
  }
}

export const revalidateMocks = {
  revalidatePath: vi.fn((path: string) => void revalidated.paths.push(path)),
  revalidateTag: vi.fn((tag: string) => void revalidated.tags.push(tag)),
};
