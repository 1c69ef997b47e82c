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
  const [result, setResult] = useState<PostActionState>(idle);
  const [saveState, setSaveState] = useState<SaveState>("saved");
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const edits = useRef(0);
  const [editTick, setEditTick] = useState(0);

  const markDirty = useCallback(() => {
    edits.current += 1;
    setEditTick(edits.current);
    setSaveState("dirty");
  }, []);

  const save = useCallback(
    async (intent: Intent) => {
      const element = form.current;
      if (!element) return;
      const data = new FormData(element);
      data.set("intent", intent);
      data.set("id", post.id ? String(post.id) : "");
      data.set("version", String(post.version));
      const editsAtStart = edits.current;
      setSaveState("saving");
      const state = await savePostAction(idle, data);
      // Autosave stays quiet unless it fails.
      if (intent !== "autosave" || state.status === "error") setResult(state);
      if (state.saved) {
        const saved = state.saved;
        setPost({ id: saved.id, version: saved.version, status: saved.status, publicPath: saved.publicPath });
        setSavedAt(new Date(saved.at));
        setSaveState(edits.current === editsAtStart ? "saved" : "dirty");
        // A new post gets its own address without reloading the editor.
        if (!post.id) window.history.replaceState(null, "", `/redactie/berichten/${saved.id}`);
      } else {
        setSaveState("error");
      }
    },
    [form, post],
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
