// `npm run db:migrate`: applies the committed migrations in drizzle/ to DATABASE_PATH.
import "../scripts/load-env.mjs";
import { databasePath, openDatabase, runMigrations } from "./connection";

const { db, sqlite } = openDatabase();
runMigrations(db);
sqlite.close();
console.log(`Migrations applied to ${databasePath()}`);
