// `npm run import -- --wordpress export.xml [--uploads DIR]` or `-- --ghost export.json [--uploads DIR]`:
// brings an archive into the newsroom in one transaction (see README, "Importing an archive"). Arguments only; the
// work is in lib/import.
import "./load-env.mjs";
import fs from "node:fs/promises";
import { parseArgs } from "node:util";
import { LANGUAGES, POST_KINDS, type Language, type PostKind } from "../db/schema";
import { databasePath } from "../db/connection";
import { recordAudit } from "../db/queries/audit";
import { applyImport, parseSectionMap } from "../lib/import/apply-import";
import { readArchive } from "../lib/import/read-archive";
import { formatReport } from "../lib/import/report";
import { ImportFileError } from "../lib/import/types";
import { isDatabaseBusy } from "../lib/database-busy";

const USAGE = `Usage: npm run import -- (--wordpress FILE.xml | --ghost FILE.json) [options]
  --uploads DIR            the source's image folder (wp-content/uploads, or Ghost's content/images)
  --section-map "A=x,B=y"  category or tag (name or slug) = section slug
  --default-section SLUG   section for posts whose categories match none
  --kind KIND              kind of the imported posts (${POST_KINDS.join(", ")}; default news)
  --language LANG          language of the imported posts (${LANGUAGES.join(", ")}; default nl)
  --source NAME            name of a Ghost site, when importing more than one (default "default")
  --dry-run                show what would happen; change nothing
  --report FILE            also write the report to FILE`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      wordpress: { type: "string" },
      ghost: { type: "string" },
      uploads: { type: "string" },
      "section-map": { type: "string" },
      "default-section": { type: "string" },
      kind: { type: "string", default: "news" },
      language: { type: "string", default: "nl" },
      source: { type: "string" },
      "dry-run": { type: "boolean", default: false },
      report: { type: "string" },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) return void console.log(USAGE);
  if (Boolean(values.wordpress) === Boolean(values.ghost)) throw new ImportFileError(`Give exactly one of --wordpress FILE or --ghost FILE.\n\n${USAGE}`);
  if (!POST_KINDS.includes(values.kind as PostKind)) throw new ImportFileError(`--kind must be one of ${POST_KINDS.join(", ")}.`);
  if (!LANGUAGES.includes(values.language as Language)) throw new ImportFileError(`--language must be one of ${LANGUAGES.join(", ")}.`);
  if (values.uploads && !(await fs.stat(values.uploads).then((s) => s.isDirectory(), () => false))) throw new ImportFileError(`--uploads: ${values.uploads} is not a folder.`);

  const archive = await readArchive({ file: (values.wordpress ?? values.ghost)!, format: values.wordpress ? "wordpress" : "ghost", source: values.source });
  const report = await applyImport(archive, {
    uploadsDir: values.uploads ?? null,
    sectionMap: parseSectionMap(values["section-map"]),
    defaultSection: values["default-section"] ?? null,
    kind: values.kind as PostKind,
    language: values.language as Language,
    dryRun: values["dry-run"],
  });
  const text = formatReport(report);
  console.log(text);
  if (values.report) {
    await fs.writeFile(values.report, text);
    console.log(`Report written to ${values.report}.`);
  }
  if (!report.dryRun) {
    recordAudit({ action: "import.completed", targetType: "import", targetId: report.source, detail: { via: "cli", posts: report.posts, people: report.people, media: report.media } });
    console.log(`Imported into ${databasePath()}; the search index is up to date. A running server shows new articles at once, lists within five minutes and changed articles within an hour (restart it to see everything at once).`);
  }
}

main().catch((error: unknown) => {
  if (error instanceof ImportFileError) console.error(error.message);
  else if (isDatabaseBusy(error)) console.error("The database is busy (a backup or another import?). Nothing was imported; try again in a moment.");
  else console.error(`Import failed; nothing was imported: ${(error as Error).message}`);
  process.exit(1);
});
