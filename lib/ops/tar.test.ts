import { execFileSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TarGzWriter, extractTarGz } from "./tar";

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-tar-"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const sha256 = (data: Buffer) => createHash("sha256").update(data).digest("hex");
const longName = `media/${"a".repeat(60)}/${"b".repeat(60)}/${"c".repeat(40)}.webp`;

async function writeArchive(entries: Record<string, Buffer>): Promise<string> {
  const file = path.join(dir, "archive.tar.gz");
  const writer = new TarGzWriter(file);
  for (const [name, data] of Object.entries(entries)) {
    const source = path.join(dir, "source", name);
    fs.mkdirSync(path.dirname(source), { recursive: true });
    fs.writeFileSync(source, data);
    await writer.addFile(name, source);
  }
  await writer.close();
  return file;
}

const into = (root: string) => (name: string) => path.join(root, name);

describe("tar.gz archives", () => {
  const entries = {
    "small.txt": Buffer.from("hallo"),
    "empty.txt": Buffer.alloc(0),
    "exactly-one-block.bin": randomBytes(512),
    "large.bin": randomBytes(1_500_000),
    [longName]: randomBytes(700),
  };

  it("give back every file byte for byte, with its size and SHA-256", async () => {
    const archive = await writeArchive(entries);
    const out = path.join(dir, "out");
    const files = await extractTarGz(archive, into(out));
    expect(files.map((f) => f.name)).toEqual(Object.keys(entries));
    for (const [name, data] of Object.entries(entries)) {
      expect(fs.readFileSync(path.join(out, name)).equals(data)).toBe(true);
      expect(files.find((f) => f.name === name)).toEqual({ name, bytes: data.length, sha256: sha256(data) });
    }
  });

  it("are read by GNU tar as they were written", async () => {
    const archive = await writeArchive(entries);
    const listed = execFileSync("tar", ["-tzf", archive], { encoding: "utf8" }).trim().split("\n");
    expect(listed).toEqual(Object.keys(entries));
    const out = path.join(dir, "gnu");
    fs.mkdirSync(out);
    execFileSync("tar", ["-xzf", archive, "-C", out]);
    expect(fs.readFileSync(path.join(out, longName)).equals(entries[longName]!)).toBe(true);
  });

  it("can be read when GNU tar made them", async () => {
    const source = path.join(dir, "src");
    fs.mkdirSync(path.join(source, "media/abc"), { recursive: true });
    fs.writeFileSync(path.join(source, "media/abc/320.webp"), "beeld");
    const archive = path.join(dir, "gnu.tar.gz");
    execFileSync("tar", ["-czf", archive, "-C", source, "media"]);
    const files = await extractTarGz(archive, into(path.join(dir, "out")));
    expect(files.map((f) => f.name)).toEqual(["media/abc/320.webp"]);
  });

  it("cannot hold a symbolic link", async () => {
    const source = path.join(dir, "src");
    fs.mkdirSync(source);
    fs.symlinkSync("/etc/passwd", path.join(source, "link"));
    const archive = path.join(dir, "link.tar.gz");
    execFileSync("tar", ["-czf", archive, "-C", source, "link"]);
    await expect(extractTarGz(archive, into(path.join(dir, "out")))).rejects.toThrow(/not a regular file/);
  });

  it("cannot be read when a header was damaged", async () => {
    const archive = await writeArchive({ "a.txt": Buffer.from("inhoud") });
    const tar = zlib.gunzipSync(fs.readFileSync(archive));
    tar[10] = tar[10]! ^ 0xff;
    fs.writeFileSync(archive, zlib.gzipSync(tar));
    await expect(extractTarGz(archive, into(path.join(dir, "out")))).rejects.toThrow(/damaged header/);
  });

  it("cannot be read when cut short", async () => {
    const archive = await writeArchive({ "large.bin": randomBytes(100_000) });
    const tar = zlib.gunzipSync(fs.readFileSync(archive));
    fs.writeFileSync(archive, zlib.gzipSync(tar.subarray(0, 50_000)));
    await expect(extractTarGz(archive, into(path.join(dir, "out")))).rejects.toThrow(/ends too early/);
  });

  it("never overwrite a file that is already there", async () => {
    const archive = await writeArchive({ "a.txt": Buffer.from("uit het archief") });
    const out = path.join(dir, "out");
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, "a.txt"), "al aanwezig");
    await expect(extractTarGz(archive, into(out))).rejects.toThrow(/EEXIST/);
    expect(fs.readFileSync(path.join(out, "a.txt"), "utf8")).toBe("al aanwezig");
  });

  it("are never written over an existing archive", () => {
    const file = path.join(dir, "exists.tar.gz");
    fs.writeFileSync(file, "ouder archief");
    const writer = new TarGzWriter(file);
    return expect(writer.close()).rejects.toThrow(/EEXIST/).then(() => expect(fs.readFileSync(file, "utf8")).toBe("ouder archief"));
  });
});
