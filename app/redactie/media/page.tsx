import type { Metadata } from "next";
import { UploadForm } from "@/components/redactie/upload-form";
import { ActionForm } from "@/components/ui/action-form";
import { DateTime } from "@/components/ui/date-time";
import { getMedia, listMedia } from "@/db/queries/media";
import type { ActionState } from "@/lib/actions/action-state";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { mediaUrl } from "@/lib/media-urls";
import { addedMessage, uploadStateFromQuery } from "@/lib/media/upload-rules";
import { deleteMediaAction } from "./actions";

export const metadata: Metadata = { title: "Media" };

type Query = { q?: string; upload?: string; alt?: string; bijschrift?: string; toegevoegd?: string };

/** The upload form's state after a no-JavaScript upload (app/redactie/media/upload/route.ts redirects here). */
function uploadState(query: Query): ActionState {
  const added = Number(query.toegevoegd);
  const item = Number.isSafeInteger(added) && added > 0 ? getMedia({ id: added }) : null;
  if (item) return { status: "success", message: addedMessage(item.alt) };
  return uploadStateFromQuery(query);
}

export default async function MediaPage({ searchParams }: { searchParams: Promise<Query> }) {
  const user = await requirePermission("media.upload", "/redactie/media");
  const query = await searchParams;
  const q = query.q?.trim().slice(0, 200) || undefined;
  const items = listMedia({ q });
  const mayDelete = can(user, "media.manage");
  return (
    <>
      <h1 className="page-title">Media</h1>
      <section className="panel" aria-labelledby="upload-titel">
        <h2 id="upload-titel">Afbeelding uploaden</h2>
        <UploadForm initial={uploadState(query)} />
      </section>
      <section className="panel" aria-labelledby="bibliotheek-titel">
        <h2 id="bibliotheek-titel">Mediabibliotheek</h2>
        <form method="get" role="search" aria-label="Afbeeldingen zoeken" className="filter-bar">
          <div className="field">
            <label htmlFor="media-q">Zoek op alt-tekst of bestandsnaam</label>
            <input id="media-q" name="q" type="search" defaultValue={q} />
          </div>
          <button type="submit" className="button button--quiet">Zoeken</button>
        </form>
        {items.length === 0 ? (
          <p>{q ? "Geen afbeeldingen gevonden." : "De mediabibliotheek is nog leeg."}</p>
        ) : (
          <ul className="media-grid">
            {items.map((item) => (
              <li key={item.id}>
                {/* eslint-disable-next-line @next/next/no-img-element -- our own pre-sized WebP thumbnail */}
                <img src={mediaUrl(item.storageKey, 320)} alt={item.alt} width={160} height={Math.round((160 * item.height) / item.width)} loading="lazy" />
                <p>{item.alt}</p>
                <p className="muted">
                  {item.width}×{item.height} · <DateTime value={item.createdAt} />
                </p>
                {mayDelete && (
                  <ActionForm action={deleteMediaAction} submitLabel={`“${item.alt}” verwijderen`} quiet>
                    <input type="hidden" name="id" value={item.id} />
                  </ActionForm>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
