import "server-only";
import { clientIp, hashIp } from "@/lib/request-ip";
import { deviceCookieFrom, trustedDevice } from "./device-cookie";
import type { Attempt } from "./login-limits";

/** Who is trying to prove they own `email`: from which address, and with which known device, if any. */
export function loginAttempt(headers: Headers, email: string): Attempt {
  return { email, ipHash: hashIp(clientIp(headers)), device: trustedDevice(deviceCookieFrom(headers.get("cookie")), email) };
}
