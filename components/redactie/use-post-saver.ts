"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { savePostAction } from "@/app/redactie/berichten/actions";
import type { PostStatus } from "@/db/schema";
import { idle } from "@/lib/actions/action-state";
import type { PostActionState } from "@/lib/posts/post-action-state";
import type { Intent } from "@/lib/posts/post-schema";

const AUTOSAVE_DELAY_MS = 3000;

export type SaveState = "saved" | "dirty" | "saving" | "error";

/**
 * Saves the post form through the server action: on request (a button's intent) and, for drafts, a few seconds
 * after typing stops. Tracks edits made while a save is under way, so they are never marked saved by mistake,
 * and warns before leaving the page with unsaved changes.
 */
export function usePostSaver(
  form: React.RefObject<HTMLFormElement | null>,
  initial: { id: number | null; version: number; status: PostStatus; publicPath: string | null },
) {
  const [post, setPost] = useState(initial);
  // The latest id and version, read by saves that were queued while another one ran.
  const current = useRef(initial);
  const [result, setResult] = useState<PostActionState>(idle);
  const [saveState, setSaveState] = useState<SaveState>("saved");
  const [savedAt, setSavedAt] = useState<Date | null>(null);
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
      current.current = { id: saved.id, version: saved.version, status: saved.status, publicPath: saved.publicPath };
      setPost(current.current);
      setSavedAt(new Date(saved.at));
      setSaveState(edits.current === editsAtStart ? "saved" : "dirty");
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

  const autosaves = post.status === "draft" || post.status === "in_review";
  useEffect(() => {
    if (saveState !== "dirty" || !autosaves) return;
    const timer = setTimeout(() => void save("autosave"), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [editTick, saveState, autosaves, save]);

  useEffect(() => {
    if (saveState !== "dirty" && saveState !== "error") return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [saveState]);

  return { post, result, saveState, savedAt, markDirty, save };
}
