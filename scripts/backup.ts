// `npm run backup [-- --out DIR]`: writes one archive (database, media, manifest) into DIR, BACKUP_DIR or ./backups.
// Safe while the server runs. Prints what it wrote; never personal data.
import "./load-env.mjs";
import path from "node:path";
import { parseArgs } from "node:util";
import { databasePath } from "../db/connection";
import { mediaDir } from "../lib/media/store";
import { appVersion, createBackup } from "../lib/ops/backup";


const { values } = parseArgs({ options: { out: { type: "string" } } });
const outDir = path.resolve(values.out || process.env.BACKUP_DIR || "./backups");

try {
  const { file, bytes, manifest } = await createBackup({ databaseFile: databasePath(), mediaDir: mediaDir(), outDir, appVersion: appVersion() });
  const media = manifest.files.length - 1;
  console.log(`Backup written: ${file}`);
  const size = bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} kB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  console.log(`  ${size}; database at ${manifest.schema.latest ?? "unknown schema"}, ${media} media file${media === 1 ? "" : "s"}; checksums in manifest.json`);
} catch (error) {
  console.error(`Backup failed: ${(error as Error).message}`);
  process.exit(1);
}
