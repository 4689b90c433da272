// Sends signed-out visitors of app pages to /sign-in?callbackUrl=… and back.
// API routes answer 401 JSON themselves instead of redirecting.
import NextAuth from "next-auth";
import { authConfig } from "@/lib/auth/config";

export default NextAuth(authConfig).auth;

export const config = {
  matcher: ["/((?!api|_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)"],
};
