"use client";

import type { PostStatus } from "@/db/schema";
import type { Intent } from "@/lib/posts/post-schema";
import { statusAfter } from "@/lib/posts/workflow";

const LABELS: Partial<Record<Intent, string>> = {
  submit: "Ter beoordeling aanbieden",
  publish: "Publiceren",
  update: "Bijwerken",
  unpublish: "Depubliceren",
  archive: "Archiveren",
};

/** The buttons of the workflow that apply now; the server checks every one of them again. */
export function WorkflowButtons({ status, canPublish, busy, scheduledAt, error }: { status: PostStatus; canPublish: boolean; busy: boolean; scheduledAt: string; error?: string }) {
  const available = (intent: Intent) => statusAfter(status, intent) !== null;
  // "Bijwerken" publishes a published post's pending changes; "Opslaan" keeps them pending.
  const editorial: Intent[] = canPublish ? ["update", "publish", "unpublish", "archive"] : ["submit"];
  return (
    <div className="post-form__actions">
      <button type="submit" name="intent" value="save" className="button" disabled={busy}>
        Opslaan
      </button>
      {editorial.filter(available).filter((i) => !(i === "publish" && status === "published")).map((intent) => (
        <button key={intent} type="submit" name="intent" value={intent} className={intent === "update" ? "button" : "button button--quiet"} disabled={busy}>
          {LABELS[intent]}
        </button>
      ))}
      {canPublish && available("schedule") && (
        <div className={error ? "schedule field--error" : "schedule"}>
          <label htmlFor="veld-scheduledAt">Publicatiemoment</label>
          {error && <p className="field__error" id="veld-scheduledAt-fout">{error}</p>}
          <input id="veld-scheduledAt" type="datetime-local" step="1" name="scheduledAt" defaultValue={scheduledAt} aria-describedby={error ? "veld-scheduledAt-fout" : undefined} />
          <button type="submit" name="intent" value="schedule" className="button button--quiet" disabled={busy}>
            Inplannen
          </button>
        </div>
      )}
    </div>
  );
}
