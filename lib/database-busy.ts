// What happens when another connection holds SQLite's write lock. The server's connection waits only briefly
// inside SQLite (db/client.ts), because that wait blocks the whole event loop: every reader would wait with it.
// Writes that people wait for retry here instead, with awaited pauses, so readers keep being served.

/** How long a write keeps trying before the person is asked to try again. */
export const WRITE_RETRY_MS = 6000;
const FIRST_PAUSE_MS = 20;
const MAX_PAUSE_MS = 200;

/** Shown on a form whose save could not get the lock; the form keeps what was typed. */
export const DATABASE_BUSY_MESSAGE = "Het systeem is even bezig. Probeer het zo opnieuw; wat u typte staat er nog.";

/** A write gave up because another connection kept the write lock for longer than WRITE_RETRY_MS. */
export class DatabaseBusyError extends Error {
  readonly code = "DATABASE_BUSY";
  constructor(options?: { cause?: unknown }) {
    super("The database stayed locked by another writer; nothing was written.", options);
    this.name = "DatabaseBusyError";
  }
}

/** Whether the error or one it wraps (drizzle's `cause`, Auth.js's `cause.err`) has a code that passes `test`. */
function hasCode(error: unknown, test: (code: string) => boolean, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 4) return false;
  const { code, cause, err } = error as { code?: unknown; cause?: unknown; err?: unknown };
  return (typeof code === "string" && test(code)) || hasCode(cause, test, depth + 1) || hasCode(err, test, depth + 1);
}

/** SQLite's own SQLITE_BUSY (and its extended codes), also when wrapped. */
export function isSqliteBusy(error: unknown): boolean {
  return hasCode(error, (code) => code.startsWith("SQLITE_BUSY"));
}

/** True for a write that gave up on the lock, and for a write that was never retried (it failed fast). */
export function isDatabaseBusy(error: unknown): boolean {
  return hasCode(error, (code) => code === "DATABASE_BUSY" || code.startsWith("SQLITE_BUSY"));
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// One process has one connection, so one lock holder elsewhere blocks all our writers alike: they wait in one
// line and only its head probes, so a crowd of waiting writers costs no more event-loop time than one.
let line: Promise<unknown> = Promise.resolve();
let waiting = 0;

async function retryUntil<T>(write: () => T | Promise<T>, deadline: number, pauseFirst: boolean): Promise<T> {
  let pause = FIRST_PAUSE_MS;
  if (pauseFirst) await sleep(pause);
  for (;;) {
    try {
      return await write();
    } catch (error) {
      if (!isSqliteBusy(error)) throw error;
      const left = deadline - Date.now();
      if (left <= 0) throw new DatabaseBusyError({ cause: error });
      pause = Math.min(pause * 2, MAX_PAUSE_MS);
      await sleep(Math.min(pause, left));
    }
  }
}

/**
 * Runs a write (a synchronous better-sqlite3 call, or a promise around one) and, while SQLite answers BUSY, tries
 * again after awaited pauses until `retryMs` has passed; then throws DatabaseBusyError. The write must be safe to
 * repeat: a transaction that rolled back, or one statement.
 */
export async function withWriteRetry<T>(write: () => T | Promise<T>, { retryMs = WRITE_RETRY_MS } = {}): Promise<T> {
  const queued = waiting > 0;
  if (!queued) {
    try {
      return await write();
    } catch (error) {
      if (!isSqliteBusy(error)) throw error;
    }
  }
  const deadline = Date.now() + retryMs;
  waiting++;
  const turn = line.then(() => retryUntil(write, deadline, !queued));
  line = turn.catch(() => undefined);
  try {
    return await turn;
  } finally {
    waiting--;
  }
}

/** Whether writers are already waiting for the lock (a new write would only wait behind them). */
export function writersWaiting(): boolean {
  return waiting > 0;
}
