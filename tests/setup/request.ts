import { AsyncLocalStorage } from "node:async_hooks";
import { randomInt } from "node:crypto";
import { expect, vi } from "vitest";
import { sessionCookie } from "@/lib/auth/cookie";
import type { FormState } from "@/lib/form-state";

// The request a server action runs in, for integration tests: next/headers and
// next/cache are replaced (tests/setup/next-request-mocks.ts) by this cookie jar
// and these headers, so tests call the real actions as a browser would post them.
type RequestState = {
  jar: Map<string, string>;
  headers: Headers;
  revalidated: { paths: string[]; tags: string[] };
};

const blankRequest = (): RequestState => ({
  jar: new Map(),
  headers: new Headers(),
  revalidated: { paths: [], tags: [] },
});

// The request of a test's own sequence of actions (actAs), unless the action runs in
// a request of its own beside others (asUser).
const sequential = blankRequest();
const concurrent = new AsyncLocalStorage<RequestState>();
const request = () => concurrent.getStore() ?? sequential;

export const cookieStore = {
  get: (name: string) => {
    const { jar } = request();
    return jar.has(name) ? { name, value: jar.get(name)! } : undefined;
  },
  getAll: () => [...request().jar].map(([name, value]) => ({ name, value })),
  has: (name: string) => request().jar.has(name),
  set: (name: string, value: string) => void request().jar.set(name, value),
  delete: (name: string) => void request().jar.delete(name),
};

export function currentHeaders() {
  return new Headers(request().headers);
}

export const revalidated = sequential.revalidated;

async function startRequest(state: RequestState, user: { id: string } | null, clientAddress: string) {
  state.jar.clear();
  state.revalidated.paths.length = 0;
  state.revalidated.tags.length = 0;
  state.headers.set("x-forwarded-for", clientAddress);
  state.headers.delete(LOCALE_HEADER);
  state.headers.delete("referer");
  if (user) state.jar.set(sessionCookie.name, await signedInToken(user.id));
}

// A session as the portal's sign-in makes it: a row in the Session table and a
// token that names it.
export async function signedInToken(userId: string) {
  const { createSessionRecord } = await import("@/lib/auth/session-records");
  const { encodeSessionToken } = await import("@/lib/auth/session-token");
  return encodeSessionToken(userId, "MEMBER", await createSessionRecord(userId));
}

// A client address no other test uses (198.18.0.0/15 is for benchmarks), where a test
// must not share a per-address limit with others.
export const freshClientAddress = () => `198.${18 + randomInt(2)}.${randomInt(256)}.${randomInt(1, 255)}`;

// Signs the next actions in as this user (a session cookie as the portal issues
// it), or signs out with null. Each call starts a fresh request.
export async function actAs(user: { id: string } | null, clientAddress = "203.0.113.7") {
  await startRequest(sequential, user, clientAddress);
}

// Runs `run` in a request of its own, signed in as this user: concurrent actions
// by different users (Promise.all) each keep their own session.
export async function asUser<T>(user: { id: string }, run: () => Promise<T>, clientAddress = "203.0.113.8") {
  const state = blankRequest();
  await startRequest(state, user, clientAddress);
  return concurrent.run(state, run);
}

// The header next-intl's proxy gives a request in a language other than English; server
// actions read their locale from it (getTranslations, getLocale).
const LOCALE_HEADER = "X-NEXT-INTL-LOCALE";

// The following actions of this request run in this language, until the next actAs.
export function speakIn(locale: string) {
  request().headers.set(LOCALE_HEADER, locale);
}

// The following actions of this request are posted from this page (its Referer).
export function postFrom(path: string) {
  request().headers.set("referer", `http://localhost${path}`);
}

export function sessionCookieValue() {
  return request().jar.get(sessionCookie.name);
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
  revalidatePath: vi.fn((path: string) => void request().revalidated.paths.push(path)),
  revalidateTag: vi.fn((tag: string) => void request().revalidated.tags.push(tag)),
};

// Bad input answered as the portal's rules ask: refused, with an error beside exactly these
// fields, what was typed kept for the form, and nothing saved (`count` counts the table).
export async function expectRefusedFields(
  action: (state: FormState, data: FormData) => Promise<FormState | void>,
  fields: Record<string, string>,
  { errors, kept, count }: { errors: string[]; kept: Record<string, string>; count: () => Promise<number> },
) {
  const before = await count();
  const outcome = await submit(action, fields);
  expect(outcome.ok).toBe(false);
  expect(Object.keys(outcome.errors ?? {}).sort()).toEqual([...errors].sort());
  expect(outcome.values).toMatchObject(kept);
  expect(await count()).toBe(before);
  return outcome;
}
