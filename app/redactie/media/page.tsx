import type { Metadata } from "next";
import { DateTime } from "@/components/ui/date-time";
import { listMedia } from "@/db/queries/media";
import { requirePermission } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Media" };

export default async function MediaPage() {
  await requirePermission("media.upload", "/redactie/media");
  const items = listMedia();
  return (
    <>
      <h1 className="page-title">Media</h1>
      {items.length === 0 ? (
        <p>De mediabibliotheek is nog leeg.</p>
      ) : (
        <ul className="media-list">
          {items.map((item) => (
            <li key={item.id}>
              {item.alt} ({item.width}×{item.height}) · <DateTime value={item.createdAt} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
