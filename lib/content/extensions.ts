// The one Tiptap configuration: the editor, the save-time validator and the server renderer all use it,
// so what an editor can make is exactly what the site can show.
import type { Extensions } from "@tiptap/core";
import { TableKit } from "@tiptap/extension-table";
import Youtube from "@tiptap/extension-youtube";
import StarterKit from "@tiptap/starter-kit";
import { Figure } from "./figure";
import { ForeignImage } from "./foreign-image";
import { isSafeHref } from "./safe-url";

export const contentExtensions: Extensions = [
  StarterKit.configure({
    heading: { levels: [2, 3] },
    // A calm editor: pasted text keeps structure, bold, italic and links, and loses the rest.
    code: false,
    codeBlock: false,
    strike: false,
    underline: false,
    link: {
      openOnClick: false,
      autolink: true,
      defaultProtocol: "https",
      protocols: ["mailto"],
      isAllowedUri: (url) => isSafeHref(url),
      HTMLAttributes: { rel: "noopener noreferrer", target: null },
    },
  }),
  Figure.configure({ inline: false, allowBase64: false }),
  ForeignImage,
  TableKit.configure({ table: { resizable: false } }),
  Youtube.configure({ nocookie: true, controls: true, modestBranding: true }),
];
