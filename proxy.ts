// Every page request: a fresh CSP nonce (Next reads it from the request's own
// Content-Security-Policy header and puts it on its scripts), cross-site server
// actions refused with 403, and signed-out visitors of app pages sent to
// /sign-in?callbackUrl=… and back. API routes answer 401 JSON themselves;
// their static security headers come from next.config.js.
import NextAuth from "next-auth";
import { NextResponse } from "next/server";
import { authConfig, isPublicPath } from "@/lib/auth/config";
import { contentSecurityPolicy, newNonce } from "@/lib/http/content-security-policy";
import { isCrossOriginAction } from "@/lib/http/is-cross-origin-action";

const { auth } = NextAuth(authConfig);

export default auth((request) => {
  if (isCrossOriginAction(request.method, request.headers)) {
    return new NextResponse("Cross-site requests cannot call Deckhand's actions.", {
      status: 403,
      headers: { "content-type": "text/plain" },
    });
  }
  const { pathname } = request.nextUrl;
  // next-auth skips its own sign-in redirect when a handler is given; this is it.
  if (!request.auth?.user && !isPublicPath(pathname)) {
    const signIn = request.nextUrl.clone();
    signIn.pathname = authConfig.pages.signIn;
    signIn.search = "";
    signIn.searchParams.set("callbackUrl", request.nextUrl.href);
    return NextResponse.redirect(signIn);
  }
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, {
    dev: process.env.NODE_ENV === "development",
    https: request.nextUrl.protocol === "https:",
    github: Boolean(process.env.AUTH_GITHUB_ID && process.env.AUTH_GITHUB_SECRET),
  });
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", csp);
  return response;
});

export const config = {
  matcher: ["/((?!api|_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)"],
};
