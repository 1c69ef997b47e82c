// `npm run search:rebuild`: refills the search index from the public posts. The server already does this by itself
// when the index is empty or was built by another version (db/search-index.ts); this is the same, by hand.
import "./load-env.mjs";
import { databasePath, openDatabase, runMigrations } from "../db/connection";
import { rebuildSearchIndexOf } from "../db/search-index";


const { db, sqlite } = openDatabase();
runMigrations(db);
const count = rebuildSearchIndexOf(db);
sqlite.close();
console.log(`Search index of ${databasePath()} rebuilt: ${count} public posts.`);
