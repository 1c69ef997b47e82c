// The browser every Playwright config uses: Debian's Chromium, never a downloaded one, and no calls home (this
// machine has no network beyond loopback).
import fs from "node:fs";

const executablePath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
if (!fs.existsSync(executablePath)) {
  throw new Error(`No Chromium found at ${executablePath}. Install it with "apt-get install -y chromium" or set CHROMIUM_PATH to a Chromium binary.`);
}

export const chromiumLaunchOptions = {
  executablePath,
  args: ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-gpu"],
};

/** Dutch readers in Amsterdam, as the site expects them. */
export const dutchReader = { locale: "nl-NL", timezoneId: "Europe/Amsterdam" } as const;
