"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { discardPendingChangesAction, savePostAction } from "@/app/redactie/berichten/actions";
import type { PostStatus } from "@/db/schema";
import { idle } from "@/lib/actions/action-state";
import type { PostActionState } from "@/lib/posts/post-action-state";
import type { Intent } from "@/lib/posts/post-schema";
import { useUnsavedChangesGuard } from "./unsaved-changes-guard";

const AUTOSAVE_DELAY_MS = 3000;

export type SaveState = "saved" | "dirty" | "saving" | "error";

type Saved = NonNullable<PostActionState["saved"]>;
type PostState = { id: number | null; version: number; status: PostStatus; publicPath: string | null; pending: boolean };

const DISCARD_QUESTION = "De wijzigingen die nog niet gepubliceerd zijn, worden verwijderd; de editor toont dan weer de tekst op de site. Wijzigingen verwerpen?";

/**
 * Saves the post form through the server action: on request (a button's intent) and, for drafts and published
 * posts (whose edits stay pending until "Bijwerken"), a few seconds after typing stops. Tracks edits made while a
 * save is under way, so they are never marked saved by mistake, and asks before leaving with unsaved changes.
 */
export function usePostSaver(
  form: React.RefObject<HTMLFormElement | null>,
  initialPost: { id: number | null; version: number; status: PostStatus; publicPath: string | null; pendingSavedAt?: string | null },
  { onSaved }: { onSaved?: (saved: Saved) => void } = {},
) {
  const initial: PostState = {
    id: initialPost.id,
    version: initialPost.version,
    status: initialPost.status,
    publicPath: initialPost.publicPath,
    pending: Boolean(initialPost.pendingSavedAt),
  };
  const [post, setPost] = useState(initial);
  // The latest id and version, read by saves that were queued while another one ran.
  const current = useRef(initial);
  const [result, setResult] = useState<PostActionState>(idle);
  const [saveState, setSaveState] = useState<SaveState>("saved");
  const [savedAt, setSavedAt] = useState<Date | null>(initialPost.pendingSavedAt ? new Date(initialPost.pendingSavedAt) : null);
  // The latest callback, so a save that finishes later never calls a stale one.
  const savedCallback = useRef(onSaved);
  useEffect(() => {
    savedCallback.current = onSaved;
  });
  const edits = useRef(0);
  // One save at a time (a second would carry a stale version and hit a false conflict); a request made
  // meanwhile runs right after, with the new version.
  const inFlight = useRef(false);
  const queued = useRef<Intent | null>(null);
  const [editTick, setEditTick] = useState(0);

  const markDirty = useCallback(() => {
    edits.current += 1;
    setEditTick(edits.current);
    setSaveState("dirty");
  }, []);

  /** One request to the server; true when it saved. */
  const saveOnce = useCallback(
    async (intent: Intent): Promise<boolean> => {
      const element = form.current;
      if (!element) return false;
      const before = current.current;
      const data = new FormData(element);
      data.set("intent", intent);
      data.set("id", before.id ? String(before.id) : "");
      data.set("version", String(before.version));
      const editsAtStart = edits.current;
      setSaveState("saving");
      let state: PostActionState;
      try {
        state = await savePostAction(idle, data);
      } catch {
        state = { status: "error", message: "Opslaan is niet gelukt: de server is niet bereikbaar. Uw tekst staat nog hier; probeer het zo opnieuw." };
      }
      // Autosave stays quiet unless it fails.
      if (intent !== "autosave" || state.status === "error") setResult(state);
      if (!state.saved) {
        setSaveState("error");
        return false;
      }
      const saved = state.saved;
      current.current = { id: saved.id, version: saved.version, status: saved.status, publicPath: saved.publicPath, pending: saved.pending };
      setPost(current.current);
      setSavedAt(new Date(saved.at));
      setSaveState(edits.current === editsAtStart ? "saved" : "dirty");
      savedCallback.current?.(saved);
      // A new post gets its own address without reloading the editor.
      if (!before.id) window.history.replaceState(null, "", `/redactie/berichten/${saved.id}`);
      return true;
    },
    [form],
  );

  const save = useCallback(
    async (intent: Intent) => {
      if (inFlight.current) {
        if (intent !== "autosave" || !queued.current) queued.current = intent;
        return;
      }
      inFlight.current = true;
      let next: Intent | null = intent;
      while (next) {
        const saved = await saveOnce(next);
        next = saved ? queued.current : null;
        queued.current = null;
      }
      inFlight.current = false;
    },
    [saveOnce],
  );

  const autosaves = post.status === "draft" || post.status === "in_review" || post.status === "published";
  useEffect(() => {
    if (saveState !== "dirty" || !autosaves) return;
    const timer = setTimeout(() => void save("autosave"), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [editTick, saveState, autosaves, save]);

  // With autosave, "unsaved" means typed but not yet stored (or a save that failed).
  const { release } = useUnsavedChangesGuard(saveState !== "saved");

  /** "Wijzigingen verwerpen" (asks first), then the editor reloads with the published text. */
  const discard = useCallback(async () => {
    const { id, version } = current.current;
    if (!id || inFlight.current || !window.confirm(DISCARD_QUESTION)) return;
    const data = new FormData();
    data.set("postId", String(id));
    data.set("version", String(version));
    let state: PostActionState;
    try {
      state = await discardPendingChangesAction(idle, data);
    } catch {
      state = { status: "error", message: "Verwerpen is niet gelukt: de server is niet bereikbaar. Probeer het zo opnieuw." };
    }
    if (!state.saved) return setResult(state);
    release();
    window.location.reload();
  }, [release]);

  return { post, result, saveState, savedAt, markDirty, save, discard };
}
