// The one zod import for schemas: Dutch default messages (zod's own locale) on the server and in the browser.
// Schemas still give their own message where the locale's generic text ("Te lang: verwacht dat string ...") is poor.
import { z } from "zod";
import { nl } from "zod/locales";

z.config(nl());

export { z };
