import { describe, expect, it } from "vitest";
import { PasswordWorkBusy, withPasswordSlot } from "./hash-queue";

const tick = () => new Promise((r) => setTimeout(r, 5));

describe("the password work queue", () => {
  it("runs one password check at a time, in order", async () => {
    let active = 0;
    let most = 0;
    const order: number[] = [];
    await Promise.all(
      [1, 2, 3, 4].map((n) =>
        withPasswordSlot(async () => {
          active++;
          most = Math.max(most, active);
          await tick();
          order.push(n);
          active--;
        }),
      ),
    );
    expect(most).toBe(1);
    expect(order).toEqual([1, 2, 3, 4]);
  });

  it("turns work away when the queue is full, and recovers afterwards", async () => {
    const all = Array.from({ length: 40 }, () => withPasswordSlot(tick));
    const results = await Promise.allSettled(all);
    const refused = results.filter((r) => r.status === "rejected");
    expect(refused.length).toBe(40 - 33);
    expect(refused.every((r) => r.status === "rejected" && r.reason instanceof PasswordWorkBusy)).toBe(true);
    await expect(withPasswordSlot(async () => "weer ruimte")).resolves.toBe("weer ruimte");
  });

  it("frees the slot when the work fails", async () => {
    await expect(withPasswordSlot(async () => Promise.reject(new Error("mis")))).rejects.toThrow("mis");
    await expect(withPasswordSlot(async () => 1)).resolves.toBe(1);
  });
});
