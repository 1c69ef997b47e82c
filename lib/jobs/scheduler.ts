import { internalToken } from "./internal-token";
import { logEvent } from "@/lib/log/log.mjs";

let started = false;

/** The server's own loopback address: IPv6 when it listens on ::1 only, else 127.0.0.1 (also for 0.0.0.0 and ::). */
function loopbackHost(): string {
  return process.env.HOST === "::1" ? "[::1]" : "127.0.0.1";
}

/**
 * Runs due jobs (scheduled publications) without anyone acting. The tick calls our own jobs route over loopback
 * because Next.js only applies cache refreshes made inside a request.
 */
export function startScheduler(): void {
  if (started) return;
  started = true;
  const seconds = Number(process.env.SCHEDULER_INTERVAL_SECONDS) || 30;
  const tick = async () => {
    const port = process.env.PORT || "3000";
    try {
      const response = await fetch(`http://${loopbackHost()}:${port}/api/intern/taken`, { method: "POST", headers: { authorization: `Bearer ${internalToken()}` } });
      if (!response.ok) logEvent("error", "jobs_route_failed", { status: response.status });
    } catch (error) {
      // The server may still be starting or shutting down; the next tick tries again.
      logEvent("error", "jobs_route_unreachable", { host: loopbackHost(), port, error: (error as Error).message });
    }
  };
  setInterval(tick, seconds * 1000).unref();
}
