import "server-only";
import { countMailQueuedSince } from "@/db/queries/outbox";

const HOUR_MS = 60 * 60 * 1000;

/** RECEIPTS_PER_HOUR, default 100; 0 sends no receipts at all. */
export function receiptsPerHour(value = process.env.RECEIPTS_PER_HOUR): number {
  const parsed = Number(value);
  return value !== undefined && value.trim() !== "" && Number.isInteger(parsed) && parsed >= 0 ? parsed : 100;
}

/**
 * Receipts go to any address typed into the form, so all of them together are capped per hour: beyond the cap the
 * question is still stored and the colleague told, but the site stops mailing strangers. Call inside the
 * transaction that queues the receipt, so concurrent questions count each other.
 */
export function mayQueueReceipt(now = new Date()): boolean {
  return countMailQueuedSince({ kind: "receipt", since: new Date(now.getTime() - HOUR_MS) }) < receiptsPerHour();
}
