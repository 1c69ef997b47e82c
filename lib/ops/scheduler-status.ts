// When the job runner last finished a round, for the health check. Kept in this process (the scheduler lives in it),
// on globalThis because the jobs route and the health route are separate bundles.
const slot = Symbol.for("newsroom.schedulerLastRun");
type Holder = { [slot]?: Date };

export function recordSchedulerRun(at: Date): void {
  (globalThis as Holder)[slot] = at;
}

export function schedulerLastRun(): Date | null {
  return (globalThis as Holder)[slot] ?? null;
}
