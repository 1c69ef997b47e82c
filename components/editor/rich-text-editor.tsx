"use client";

import type { JSONContent } from "@tiptap/core";
import { CharacterCount } from "@tiptap/extensions";
import { EditorContent, useEditor, useEditorState } from "@tiptap/react";
import { useState } from "react";
import { contentExtensions } from "@/lib/content/extensions";
import { cleanPastedHtml } from "@/lib/content/paste";
import { EditorDialog } from "./editor-dialog";
import "@/app/styles/media-picker.css";
import { firstFile } from "./image-upload";
import { ImageDialog, type InsertedImage } from "./image-dialog";
import { LinkFields, VideoFields } from "./insert-fields";
import { editorButtons } from "./editor-buttons";
import { Toolbar } from "./toolbar";
import { WordCount } from "./word-count";
import { isSafeHref, youtubeId } from "@/lib/content/safe-url";

type Dialog = "link" | "image" | "video" | null;

export function RichTextEditor({ initial, onChange, labelId, errorId }: {
  initial: JSONContent | null;
  onChange: (doc: JSONContent) => void;
  labelId: string;
  errorId?: string;
}) {
  const [dialog, setDialog] = useState<Dialog>(null);
  const [dialogError, setDialogError] = useState<string | null>(null);
  // A file dropped or pasted into the text, and where it was dropped: the image dialog asks for its alt text first.
  const [imageFile, setImageFile] = useState<File | null>(null);
  const [insertAt, setInsertAt] = useState<number | null>(null);
  const openWithFile = (file: File, at: number | null) => {
    setDialogError(null);
    setImageFile(file);
    setInsertAt(at);
    setDialog("image");
  };
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
      // Files go to the media library (through the image dialog); pasted HTML is parsed as usual, where an image
      // from another site becomes a placeholder (lib/content/foreign-image.ts).
      handleDrop: (view, event, _slice, moved) => {
        const file = moved ? null : firstFile(event.dataTransfer?.files);
        if (!file) return false;
        openWithFile(file, view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos ?? null);
        return true;
      },
      handlePaste: (_view, event) => {
        const file = firstFile(event.clipboardData?.files);
        if (!file) return false;
        openWithFile(file, null);
        return true;
      },
    },
    onUpdate: ({ editor }) => onChange(editor.getJSON()),
  });
  // Re-render the toolbar's pressed states as the selection and text change.
  useEditorState({ editor, selector: ({ editor }) => editor?.state.selection.toJSON() });

  if (!editor) return <div className="editor-surface editor-loading">De editor wordt geladen…</div>;

  const close = () => {
    setDialog(null);
    setDialogError(null);
    setImageFile(null);
    setInsertAt(null);
    editor.commands.focus();
  };
  const open = (which: Dialog) => {
    setDialogError(null);
    setImageFile(null);
    setInsertAt(null);
    setDialog(which);
  };

  const applyLink = (data: FormData) => {
    const href = String(data.get("href") ?? "").trim();
    if (!href) editor.chain().focus().extendMarkRange("link").unsetLink().run();
    else if (!isSafeHref(href)) return setDialogError("Gebruik een adres dat begint met https://, http:// of mailto:.");
    else editor.chain().focus().extendMarkRange("link").setLink({ href }).run();
    close();
  };
  const insertImage = (image: InsertedImage) => {
    const node = { type: "image", attrs: image };
    // A drop position from before the upload may no longer exist if the text changed meanwhile.
    if (insertAt !== null && insertAt <= editor.state.doc.content.size) editor.chain().focus().insertContentAt(insertAt, node).run();
    else editor.chain().focus().insertContent(node).run();
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
      {dialog === "image" && <ImageDialog open file={imageFile} onClose={close} onInsert={insertImage} />}
      <EditorDialog title="YouTube-video invoegen" open={dialog === "video"} onClose={close} onSubmit={insertVideo} submitLabel="Invoegen" error={dialogError}>
        <VideoFields />
      </EditorDialog>
    </div>
  );
}
