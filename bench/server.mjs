// Starts the production server (scripts/serve.mjs) on 127.0.0.1 in its own process group (so stopping it by id also stops anything it forked)
// and samples the resident memory of the whole process tree.
import { spawn } from "node:child_process";
import fs from "node:fs";

/** Resident set size in bytes of `pid` and all its descendants, read from /proc (Linux). */
function treeRss(pid) {
  const children = new Map();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Field 4 of /proc/PID/stat is the parent id; the name (field 2) may contain spaces, so split after ")".
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  for (const todo = [pid]; todo.length; ) {
    const p = todo.pop();
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${p}/status`, "utf8"));
      if (match) total += Number(match[1]) * 1024;
    } catch {
      continue;
    }
    todo.push(...(children.get(p) ?? []));
  }
  return total;
}

/**
 * Serves the current build. The runtime page cache (.next/server/route-cache) is emptied first, so that pages
 * rendered against another database (an earlier run, another --scale size) are never served from it.
 */
export async function startServer({ port, env, log }) {
  fs.rmSync(".next/server/route-cache", { recursive: true, force: true });
  const out = fs.openSync(log, "a");
  const child = spawn(process.execPath, ["scripts/serve.mjs"], {
    env: { ...env, HOST: "127.0.0.1", PORT: String(port), TRUSTED_PROXY_HOPS: "1" }, stdio: ["ignore", out, out], detached: true,
  });
  const origin = `http://127.0.0.1:${port}`;
  let peak = 0;
  let overall = 0;
  const sampler = setInterval(() => { peak = Math.max(peak, treeRss(child.pid)); }, 200);
  const stop = async () => {
    clearInterval(sampler);
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    try { process.kill(-child.pid, "SIGTERM"); } catch { /* already gone */ }
    const timer = setTimeout(() => { try { process.kill(-child.pid, "SIGKILL"); } catch { /* gone */ } }, 5000);
    await exited;
    clearTimeout(timer);
  };
  for (let tries = 0; ; tries++) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}; see ${log}`);
    let status = 0;
    try {
      status = (await fetch(`${origin}/bench/ceiling/0`)).status;
    } catch {
      // not listening yet
    }
    if (status === 200) break;
    if (status) { await stop(); throw new Error("no ceiling page in this build: build with BENCH_CEILING=1 (run without --skip-build)"); }
    if (tries > 150) { await stop(); throw new Error(`server did not answer within 30 s; see ${log}`); }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    origin,
    pid: child.pid,
    stop,
    // The whole run's peak survives resetPeak(), which starts a new one for the next measurement.
    peakRss: () => { const now = Math.max(peak, treeRss(child.pid)); overall = Math.max(overall, now); return now; },
    overallPeakRss: () => Math.max(overall, peak, treeRss(child.pid)),
    resetPeak: () => { overall = Math.max(overall, peak); peak = 0; },
  };
}
