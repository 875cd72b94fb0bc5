import { single, type SearchParams } from "@/lib/search-params";

// What an action that redirected back did, named by a fixed key in ?notice= so the URL
// cannot put words on the page.
export function Notice({ params, messages }: { params: SearchParams; messages: Record<string, string> }) {
  const key = single(params.notice);
  const message = key && Object.hasOwn(messages, key) ? messages[key] : undefined;
  return message ? (
    <p role="status" className="mb-4 rounded border border-green-300 bg-green-50 p-3 text-green-900">
      {message}
    </p>
  ) : null;
}
