import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { sessionCookie, viewerHintCookie } from "@/lib/auth/cookie";
import { authOptions } from "@/lib/auth/options";

type Context = { params: Promise<{ nextauth: string[] }> };

// Built per request so that the secret is read at run time, never at build time.
async function handler(request: NextRequest, context: Context) {
  const response: Response = await NextAuth(request as never, context as never, authOptions());
  // next-auth writes the session without the portal's viewer hint: whenever it does
  // (sign-in, renewal, sign-out), the hint goes, and proxy.ts reads the session instead.
  const setsSession = response.headers
    .getSetCookie()
    .some((cookie) => cookie.startsWith(`${sessionCookie.name}=`));
  if (setsSession) {
    const { path, sameSite, secure } = viewerHintCookie.options;
    response.headers.append(
      "set-cookie",
      `${viewerHintCookie.name}=; Path=${path}; Max-Age=0; HttpOnly; SameSite=${sameSite}${secure ? "; Secure" : ""}`,
    );
  }
  return response;
}

export { handler as GET, handler as POST };
