// `npm run restore -- FILE`: restores a backup into the empty DATABASE_PATH and MEDIA_DIR. Refuses to overwrite
// anything, and moves nothing into place before every checksum and PRAGMA integrity_check pass.
import "./load-env.mjs";
import path from "node:path";
import { databasePath } from "../db/connection";
import { mediaDir } from "../lib/media/store";
import { RestoreRefused, restoreBackup } from "../lib/ops/restore";


const archive = process.argv[2];
if (!archive || process.argv.length > 3) {
  console.error("Usage: npm run restore -- FILE   (into the empty DATABASE_PATH and MEDIA_DIR)");
  process.exit(2);
}

try {
  const result = await restoreBackup({ archive: path.resolve(archive), databaseFile: databasePath(), mediaDir: mediaDir() });
  console.log(`Restored the backup of ${result.createdAt} (version ${result.appVersion}, schema ${result.schema.latest}):`);
  console.log(`  database -> ${databasePath()}`);
  console.log(`  ${result.mediaFiles} media files -> ${mediaDir()}`);
  console.log("Every checksum matched and the database passed PRAGMA integrity_check. Start the server: it applies newer migrations and rebuilds the search index when needed.");
} catch (error) {
  console.error(error instanceof RestoreRefused ? `Restore refused: ${error.message}` : `Restore failed: ${(error as Error).message}`);
  process.exit(1);
}
