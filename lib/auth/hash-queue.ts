import "server-only";

// Argon2 is meant to be expensive: on a 2-core server, a flood of login attempts (even refused ones from many
// addresses) could take every core from readers. Password work therefore runs one at a time; a short queue waits its
// turn, and beyond it an attempt is turned away with "try again shortly" instead of piling up.
const MAX_RUNNING = 1;
const MAX_WAITING = 32;

let running = 0;
const waiting: (() => void)[] = [];

export class PasswordWorkBusy extends Error {
  code = "PASSWORD_WORK_BUSY";
}

export async function withPasswordSlot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= MAX_RUNNING) {
    if (waiting.length >= MAX_WAITING) throw new PasswordWorkBusy("too many password checks waiting");
    await new Promise<void>((resolve) => waiting.push(resolve));
  } else {
    running++;
  }
  try {
    return await work();
  } finally {
    // Hand the slot straight to the next in line; only when nobody waits is it given back.
    const next = waiting.shift();
    if (next) next();
    else running--;
  }
}
