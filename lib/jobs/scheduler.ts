import { internalToken } from "./internal-token";

let started = false;

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
      const response = await fetch(`http://127.0.0.1:${port}/api/intern/taken`, { method: "POST", headers: { authorization: `Bearer ${internalToken()}` } });
      if (!response.ok) console.error(`[scheduler] jobs route answered ${response.status}`);
    } catch (error) {
      // The server may still be starting or shutting down; the next tick tries again.
      console.error(`[scheduler] could not reach 127.0.0.1:${port}: ${(error as Error).message}`);
    }
  };
  setInterval(tick, seconds * 1000).unref();
}
