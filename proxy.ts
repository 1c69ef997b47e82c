import { NextResponse, type NextRequest } from "next/server";

// Convenience only: sends visitors without a session cookie to the login page. It is never the guard;
// every dashboard page, server action and route handler checks the session and permission itself.
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

export function proxy(request: NextRequest) {
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (hasSession) return NextResponse.next();
  const login = new URL("/inloggen", request.url);
  login.searchParams.set("callbackUrl", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.redirect(login);
}

export const config = { matcher: ["/redactie", "/redactie/:path*"] };
