import type { PostStatus } from "@/db/schema";

export type SaveResult =
  | {
      ok: true;
      id: number;
      version: number;
      status: PostStatus;
      publicPath: string | null;
      /** The slug as stored (a title's slug may have got a free suffix). */
      slug?: string;
      /** Saved as pending changes of a published post: readers do not see them yet. */
      pending?: boolean;
    }
  | { ok: false; message: string; fieldErrors?: Record<string, string>; conflict?: boolean };

export const NOT_FOUND: SaveResult = { ok: false, message: "Dit bericht bestaat niet of u mag het niet bewerken." };

export const CONFLICT: SaveResult = {
  ok: false,
  conflict: true,
  message: "Iemand anders heeft dit bericht intussen opgeslagen. Uw wijzigingen zijn niet opgeslagen: kopieer uw tekst en laad de pagina opnieuw.",
};
