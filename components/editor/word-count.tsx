"use client";

import type { Editor } from "@tiptap/core";
import { useEditorState } from "@tiptap/react";

/**
 * The live word count. Mounted only once the editor exists: useEditorState keeps the snapshot it started with until
 * the first transaction, so started with a null editor it showed 0 words until someone typed.
 */
export function WordCount({ editor }: { editor: Editor }) {
  const words = useEditorState({ editor, selector: ({ editor }) => editor.storage.characterCount.words() as number });
  return (
    <p className="editor-count" aria-live="polite">
      {words === 1 ? "1 woord" : `${words} woorden`}
    </p>
  );
}
