// Imported first by every command-line script and the server: the same .env files Next.js reads (.env.local first;
// variables already set in the environment win), so a setting made there reaches migrations, seeds and backups too.
import nextEnv from "@next/env";

nextEnv.loadEnvConfig(process.cwd(), false, { info: () => {}, error: console.error });
