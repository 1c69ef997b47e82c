import type { Editor } from "@tiptap/react";
import type { ToolbarButton } from "./toolbar";

/** The toolbar, in the order an editor reaches for it. */
export function editorButtons(editor: Editor, open: (dialog: "link" | "image" | "video") => void): ToolbarButton[] {
  const chain = () => editor.chain().focus();
  const inTable = editor.isActive("table");
  const buttons: ToolbarButton[] = [
    { text: "H2", label: "Kop", active: editor.isActive("heading", { level: 2 }), run: () => chain().toggleHeading({ level: 2 }).run() },
    { text: "H3", label: "Tussenkop", active: editor.isActive("heading", { level: 3 }), run: () => chain().toggleHeading({ level: 3 }).run() },
    { text: "B", label: "Vet", active: editor.isActive("bold"), run: () => chain().toggleBold().run() },
    { text: "I", label: "Cursief", active: editor.isActive("italic"), run: () => chain().toggleItalic().run() },
    { text: "Link", label: "Link", active: editor.isActive("link"), run: () => open("link") },
    { text: "• Lijst", label: "Opsomming", active: editor.isActive("bulletList"), run: () => chain().toggleBulletList().run() },
    { text: "1. Lijst", label: "Genummerde lijst", active: editor.isActive("orderedList"), run: () => chain().toggleOrderedList().run() },
    { text: "“ ”", label: "Citaat", active: editor.isActive("blockquote"), run: () => chain().toggleBlockquote().run() },
    { text: "―", label: "Horizontale lijn", run: () => chain().setHorizontalRule().run() },
    { text: "Afbeelding", label: "Afbeelding invoegen", run: () => open("image") },
    { text: "Video", label: "YouTube-video invoegen", run: () => open("video") },
    { text: "Tabel", label: "Tabel invoegen", disabled: inTable, run: () => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run() },
  ];
  if (inTable) {
    buttons.push(
      { text: "+ rij", label: "Rij toevoegen", run: () => chain().addRowAfter().run() },
      { text: "+ kolom", label: "Kolom toevoegen", run: () => chain().addColumnAfter().run() },
      { text: "− rij", label: "Rij verwijderen", run: () => chain().deleteRow().run() },
      { text: "− kolom", label: "Kolom verwijderen", run: () => chain().deleteColumn().run() },
      { text: "× tabel", label: "Tabel verwijderen", run: () => chain().deleteTable().run() },
    );
  }
  buttons.push(
    { text: "↶", label: "Ongedaan maken", disabled: !editor.can().undo(), run: () => chain().undo().run() },
    { text: "↷", label: "Opnieuw", disabled: !editor.can().redo(), run: () => chain().redo().run() },
  );
  return buttons;
}
