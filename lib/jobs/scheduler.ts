import { internalToken } from "./internal-token";

let started = false;

/**
 * Runs due jobs (scheduled publications) without anyone acting. The tick calls our own jobs route over loopback
 * because Next.js only applies cache refreshes made inside a request.
 */
export function startScheduler(): void {
  if (started || !process.env.AUTH_SECRET) return;
  started = true;
  const seconds = Number(process.env.SCHEDULER_INTERVAL_SECONDS) || 30;
  const tick = async () => {
    const port = process.env.PORT || "3000";
    try {
      await fetch(`http://127.0.0.1:${port}/api/intern/taken`, { method: "POST", headers: { authorization: `Bearer ${internalToken()}` } });
    } catch {
      // The server may still be starting or shutting down; the next tick tries again.
    }
  };
  setInterval(tick, seconds * 1000).unref();
}
