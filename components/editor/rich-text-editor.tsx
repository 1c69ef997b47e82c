"use client";

import type { JSONContent } from "@tiptap/core";
import { CharacterCount } from "@tiptap/extensions";
import { EditorContent, useEditor, useEditorState } from "@tiptap/react";
import { useState } from "react";
import { contentExtensions } from "@/lib/content/extensions";
import { cleanPastedHtml } from "@/lib/content/paste";
import { EditorDialog } from "./editor-dialog";
import { ImageFields, LinkFields, VideoFields, type MediaOption } from "./insert-fields";
import { editorButtons } from "./editor-buttons";
import { Toolbar } from "./toolbar";
import { WordCount } from "./word-count";
import { isSafeHref, youtubeId } from "@/lib/content/safe-url";

type Dialog = "link" | "image" | "video" | null;

export function RichTextEditor({ initial, onChange, labelId, errorId, media }: {
  initial: JSONContent | null;
  onChange: (doc: JSONContent) => void;
  labelId: string;
  errorId?: string;
  media: MediaOption[];
}) {
  const [dialog, setDialog] = useState<Dialog>(null);
  const [dialogError, setDialogError] = useState<string | null>(null);
  const editor = useEditor({
    extensions: [...contentExtensions, CharacterCount],
    content: initial ?? "",
    immediatelyRender: false,
    editorProps: {
      attributes: {
        class: "rich-text editor-surface",
        role: "textbox",
        "aria-multiline": "true",
        "aria-labelledby": labelId,
        ...(errorId ? { "aria-describedby": errorId } : {}),
      },
      transformPastedHTML: cleanPastedHtml,
    },
    onUpdate: ({ editor }) => onChange(editor.getJSON()),
  });
  // Re-render the toolbar's pressed states as the selection and text change.
  useEditorState({ editor, selector: ({ editor }) => editor?.state.selection.toJSON() });

  if (!editor) return <div className="editor-surface editor-loading">De editor wordt geladen…</div>;

  const close = () => {
    setDialog(null);
    setDialogError(null);
    editor.commands.focus();
  };
  const open = (which: Dialog) => {
    setDialogError(null);
    setDialog(which);
  };

  const applyLink = (data: FormData) => {
    const href = String(data.get("href") ?? "").trim();
    if (!href) editor.chain().focus().extendMarkRange("link").unsetLink().run();
    else if (!isSafeHref(href)) return setDialogError("Gebruik een adres dat begint met https://, http:// of mailto:.");
    else editor.chain().focus().extendMarkRange("link").setLink({ href }).run();
    close();
  };
  const insertImage = (data: FormData) => {
    const chosen = media.find((m) => String(m.id) === data.get("mediaId"));
    const alt = String(data.get("alt") ?? "").trim();
    if (!chosen) return setDialogError("Kies een afbeelding.");
    if (!alt) return setDialogError("Vul een alt-tekst in: wat is er op de afbeelding te zien?");
    editor.chain().focus().insertContent({ type: "image", attrs: { src: chosen.src, alt, caption: String(data.get("caption") ?? "").trim() } }).run();
    close();
  };
  const insertVideo = (data: FormData) => {
    const src = String(data.get("url") ?? "").trim();
    if (!youtubeId(src)) return setDialogError("Vul het adres van een YouTube-video in.");
    editor.chain().focus().setYoutubeVideo({ src }).run();
    close();
  };

  return (
    <div className="editor">
      <Toolbar editor={editor} label="Opmaak" buttons={editorButtons(editor, open)} />
      <EditorContent editor={editor} />
      <WordCount editor={editor} />
      <EditorDialog title="Link" open={dialog === "link"} onClose={close} onSubmit={applyLink} submitLabel="Link opslaan" error={dialogError}>
        <LinkFields current={editor.getAttributes("link").href as string | undefined} />
      </EditorDialog>
      <EditorDialog title="Afbeelding invoegen" open={dialog === "image"} onClose={close} onSubmit={insertImage} submitLabel="Invoegen" error={dialogError}>
        <ImageFields media={media} />
      </EditorDialog>
      <EditorDialog title="YouTube-video invoegen" open={dialog === "video"} onClose={close} onSubmit={insertVideo} submitLabel="Invoegen" error={dialogError}>
        <VideoFields />
      </EditorDialog>
    </div>
  );
}
