import { NextResponse, type NextRequest } from "next/server";
import { refuseBadRequestBody } from "@/lib/http/request-guard";

// Two jobs. 1) Requests with a body (form posts, server actions) are checked for size, origin and action id before
// Next.js reads them, so a person gets a Dutch 413/403/400 instead of an English text or a 500.
// 2) Convenience only: sends visitors without a session cookie to the login page. It is never the guard; every
// dashboard page, server action and route handler checks the session and permission itself.
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

const isDashboard = (pathname: string) => pathname === "/redactie" || pathname.startsWith("/redactie/");

export async function proxy(request: NextRequest) {
  if (request.headers.has("content-length") || request.headers.has("transfer-encoding")) {
    const refused = await refuseBadRequestBody(request);
    if (refused) return refused;
  }
  if (!isDashboard(request.nextUrl.pathname)) return NextResponse.next();
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (hasSession) return NextResponse.next();
  const login = new URL("/inloggen", request.url);
  login.searchParams.set("callbackUrl", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.redirect(login);
}

// The upload route is left out: it limits its own (larger) body while streaming it, which it could not do after the
// proxy had read it, and it answers anonymous visitors itself.
// (Literals only: Next.js reads this object at build time.)
export const config = {
  matcher: [
    "/redactie",
    "/redactie/((?!media/upload).*)",
    { source: "/((?!_next/|redactie/media/upload).*)", has: [{ type: "header", key: "content-length" }] },
    { source: "/((?!_next/|redactie/media/upload).*)", has: [{ type: "header", key: "transfer-encoding" }] },
  ],
};
