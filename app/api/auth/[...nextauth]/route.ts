import { handlers } from "@/lib/auth/config";

// Auth.js endpoints (session, CSRF token, credentials callback, sign-out). Login itself goes through /inloggen.
export const { GET, POST } = handlers;
