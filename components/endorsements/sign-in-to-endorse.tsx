import Link from "next/link";

// A visitor's part: how to take part.
export function SignInToEndorse({ path }: { path: string }) {
  return (
    <p className="mt-3">
      <Link href={`/login?callbackUrl=${encodeURIComponent(path)}`}>Sign in to endorse</Link> this entry on
      behalf of your organisation.
    </p>
  );
}
