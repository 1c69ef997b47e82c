// Writes and reads gzip-compressed tar archives (POSIX ustar) of regular files, streaming, with a SHA-256 of every
// file's content on the way. Just what backups need, so no dependency: no links, devices or long-name extensions.
import { createHash } from "node:crypto";
import { once } from "node:events";
import fs from "node:fs";
import path from "node:path";
import { finished } from "node:stream/promises";
import zlib from "node:zlib";

const BLOCK = 512;
// ustar's size field holds 11 octal digits.
const MAX_SIZE = 8 ** 11 - 1;

export type ArchivedFile = { name: string; bytes: number; sha256: string };

function octal(value: number, width: number): string {
  return value.toString(8).padStart(width - 1, "0") + "\0";
}

/** Splits a name over ustar's prefix (155 bytes) and name (100 bytes) fields at a slash. */
function splitName(name: string): { prefix: string; base: string } {
  if (Buffer.byteLength(name) <= 100) return { prefix: "", base: name };
  for (let i = name.indexOf("/"); i !== -1; i = name.indexOf("/", i + 1)) {
    const prefix = name.slice(0, i);
    const base = name.slice(i + 1);
    if (Buffer.byteLength(prefix) <= 155 && Buffer.byteLength(base) <= 100) return { prefix, base };
  }
  throw new Error(`Name too long for a tar archive: ${name}`);
}

function header(name: string, size: number, mtime: Date): Buffer {
  if (size > MAX_SIZE) throw new Error(`File too large for a tar archive: ${name}`);
  const { prefix, base } = splitName(name);
  const block = Buffer.alloc(BLOCK);
  block.write(base, 0, 100, "utf8");
  block.write(octal(0o644, 8), 100, "ascii");
  block.write(octal(0, 8), 108, "ascii");
  block.write(octal(0, 8), 116, "ascii");
  block.write(octal(size, 12), 124, "ascii");
  block.write(octal(Math.floor(mtime.getTime() / 1000), 12), 136, "ascii");
  block.write("        ", 148, "ascii");
  block.write("0", 156, "ascii");
  block.write("ustar\u000000", 257, "ascii");
  block.write(prefix, 345, 155, "utf8");
  block.write(octal(checksum(block), 7) + " ", 148, "ascii");
  return block;
}

/** The sum of the header's bytes with its checksum field counted as spaces. */
function checksum(block: Buffer): number {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : block.readUInt8(i);
  return sum;
}

const padding = (size: number) => (BLOCK - (size % BLOCK)) % BLOCK;

export class TarGzWriter {
  private readonly gzip = zlib.createGzip();
  private readonly done: Promise<void>;

  constructor(file: string) {
    // "wx": an archive is never overwritten.
    const out = fs.createWriteStream(file, { flags: "wx" });
    this.gzip.pipe(out);
    this.done = finished(out);
    // Surface errors through `close` (and the next write), not as an unhandled event.
    this.done.catch(() => {});
  }

  private async write(chunk: Buffer): Promise<void> {
    if (!this.gzip.write(chunk)) await Promise.race([once(this.gzip, "drain"), this.done]);
  }

  /**
   * Adds the file at `source` under `name`; refuses a file that changes size while it is read. The file is opened
   * before anything is written, so a file that vanishes first fails with ENOENT and leaves the archive intact.
   */
  async addFile(name: string, source: string): Promise<ArchivedFile> {
    const handle = await fs.promises.open(source, "r");
    try {
      const stat = await handle.stat();
      await this.write(header(name, stat.size, stat.mtime));
      const hash = createHash("sha256");
      let bytes = 0;
      for await (const chunk of handle.createReadStream({ autoClose: false }) as AsyncIterable<Buffer>) {
        bytes += chunk.length;
        if (bytes > stat.size) break;
        hash.update(chunk);
        await this.write(chunk);
      }
      if (bytes !== stat.size) throw new Error(`${name} changed while it was archived`);
      await this.write(Buffer.alloc(padding(bytes)));
      return { name, bytes, sha256: hash.digest("hex") };
    } finally {
      await handle.close();
    }
  }

  async addBuffer(name: string, data: Buffer, mtime = new Date()): Promise<ArchivedFile> {
    await this.write(header(name, data.length, mtime));
    await this.write(data);
    await this.write(Buffer.alloc(padding(data.length)));
    return { name, bytes: data.length, sha256: createHash("sha256").update(data).digest("hex") };
  }

  async close(): Promise<void> {
    await this.write(Buffer.alloc(2 * BLOCK));
    this.gzip.end();
    await this.done;
  }

  /** Stops writing after a failure; the caller removes the partial file. */
  async abort(): Promise<void> {
    this.gzip.destroy();
    await this.done.catch(() => {});
  }
}

/** Reads exact byte counts from a stream of chunks. */
class ByteReader {
  private buffer: Buffer = Buffer.alloc(0);
  constructor(private readonly chunks: AsyncIterator<Buffer>) {}

  private async fill(): Promise<boolean> {
    const next = await this.chunks.next();
    if (next.done) return false;
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, next.value]) : next.value;
    return true;
  }

  async exactly(n: number): Promise<Buffer> {
    while (this.buffer.length < n) if (!(await this.fill())) throw new Error("The archive ends too early");
    const out = this.buffer.subarray(0, n);
    this.buffer = this.buffer.subarray(n);
    return out;
  }

  /** Hands `n` bytes to `sink` in pieces, without holding them all in memory. */
  async pipe(n: number, sink: (piece: Buffer) => Promise<void>): Promise<void> {
    let left = n;
    while (left > 0) {
      if (this.buffer.length === 0 && !(await this.fill())) throw new Error("The archive ends too early");
      const piece = this.buffer.subarray(0, Math.min(left, this.buffer.length));
      this.buffer = this.buffer.subarray(piece.length);
      left -= piece.length;
      await sink(piece);
    }
  }
}

function field(block: Buffer, start: number, length: number): string {
  const raw = block.subarray(start, start + length);
  const end = raw.indexOf(0);
  return raw.subarray(0, end === -1 ? length : end).toString("utf8");
}

function parseOctal(block: Buffer, start: number, length: number, what: string): number {
  const text = field(block, start, length).trim();
  if (!/^[0-7]+$/.test(text)) throw new Error(`The archive has a broken ${what} field`);
  return parseInt(text, 8);
}

/**
 * Extracts every regular file of a .tar.gz to the path `place(name)` chooses (which throws for a name it does not
 * expect). Never overwrites a file; refuses links and other special entries. Returns each file's size and SHA-256.
 */
export async function extractTarGz(file: string, place: (name: string) => string): Promise<ArchivedFile[]> {
  const input = fs.createReadStream(file).pipe(zlib.createGunzip());
  const reader = new ByteReader(input[Symbol.asyncIterator]());
  const files: ArchivedFile[] = [];
  try {
    for (;;) {
      const block = await reader.exactly(BLOCK);
      if (block.every((b) => b === 0)) break;
      if (parseOctal(block, 148, 8, "checksum") !== checksum(block)) throw new Error("The archive has a damaged header");
      const size = parseOctal(block, 124, 12, "size");
      const prefix = field(block, 345, 155);
      const name = prefix ? `${prefix}/${field(block, 0, 100)}` : field(block, 0, 100);
      const type = String.fromCharCode(block[156] || 0x30);
      if (type === "5") {
        await reader.pipe(size + padding(size), async () => {});
        continue;
      }
      if (type !== "0") throw new Error(`The archive holds an entry that is not a regular file: ${name}`);
      const target = place(name);
      await fs.promises.mkdir(path.dirname(target), { recursive: true });
      const out = fs.createWriteStream(target, { flags: "wx" });
      const hash = createHash("sha256");
      try {
        await reader.pipe(size, async (piece) => {
          hash.update(piece);
          if (!out.write(piece)) await once(out, "drain");
        });
      } finally {
        out.end();
        await finished(out);
      }
      await reader.pipe(padding(size), async () => {});
      files.push({ name, bytes: size, sha256: hash.digest("hex") });
    }
  } finally {
    input.destroy();
  }
  return files;
}
