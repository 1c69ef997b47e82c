// Checks a Tiptap JSON document against the editor's schema before it is stored or rendered.
import { getSchema, type JSONContent } from "@tiptap/core";
import { Node as PMNode, type Schema } from "@tiptap/pm/model";
import { z } from "@/lib/zod";
import { contentExtensions } from "./extensions";
import { isForeignImageSrc } from "./foreign-image";
import { isSafeHref, isSafeImageSrc, youtubeId } from "./safe-url";

const MAX_NODES = 20_000;
const MAX_DEPTH = 24;

type JsonNode = {
  type: string;
  attrs?: Record<string, unknown>;
  content?: JsonNode[];
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  text?: string;
};

const markShape = z.object({ type: z.string().max(64), attrs: z.record(z.string(), z.unknown()).optional() });
const nodeShape: z.ZodType<JsonNode> = z.lazy(() =>
  z.object({
    type: z.string().max(64),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(nodeShape).optional(),
    marks: z.array(markShape).max(16).optional(),
    text: z.string().max(100_000).optional(),
  }),
);

let schema: Schema | undefined;
export function contentSchema(): Schema {
  return (schema ??= getSchema(contentExtensions));
}

export type DocumentResult = { ok: true; doc: JSONContent } | { ok: false; error: string };

function measure(node: JsonNode, depth: number, counter: { nodes: number }): string | null {
  counter.nodes += 1;
  if (counter.nodes > MAX_NODES) return "Het bericht is te lang.";
  if (depth > MAX_DEPTH) return "De tekst is te diep genest.";
  for (const child of node.content ?? []) {
    const problem = measure(child, depth + 1, counter);
    if (problem) return problem;
  }
  return null;
}

// URLs are checked after the schema has dropped attributes it does not know.
function unsafeUrl(doc: PMNode): string | null {
  let problem: string | null = null;
  doc.descendants((node) => {
    if (problem) return false;
    if (node.type.name === "image" && !isSafeImageSrc(node.attrs.src)) problem = "Een afbeelding heeft een ongeldig adres.";
    if (node.type.name === "image" && !String(node.attrs.alt ?? "").trim()) problem = "Elke afbeelding heeft een alt-tekst nodig.";
    if (node.type.name === "foreignImage" && !isForeignImageSrc(node.attrs.src)) problem = "Een afbeelding van een andere site heeft een ongeldig adres.";
    if (node.type.name === "youtube" && !youtubeId(node.attrs.src)) problem = "Een video heeft geen geldig YouTube-adres.";
    for (const mark of node.marks) {
      if (mark.type.name === "link" && !isSafeHref(mark.attrs.href)) {
        problem = "Een link mag alleen naar http-, https- of mailto-adressen wijzen.";
      }
    }
    return true;
  });
  return problem;
}

/** Depth of nested arrays and objects, measured without recursion so hostile input cannot overflow the stack. */
function tooDeep(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [item, depth] = stack.pop()!;
    if (item === null || typeof item !== "object") continue;
    if (depth > limit) return true;
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return false;
}

/** Parses untrusted input into a document the editor could have produced, or says in Dutch why not. */
export function parseDocument(input: unknown): DocumentResult {
  const value = typeof input === "string" ? safeJson(input) : input;
  // Each document level is a node object plus its content array: two levels of JSON per level of text.
  if (tooDeep(value, MAX_DEPTH * 2 + 4)) return { ok: false, error: "De tekst is te diep genest." };
  const shape = nodeShape.safeParse(value);
  if (!shape.success || shape.data.type !== "doc") return { ok: false, error: "De tekst heeft geen geldig formaat." };
  const tooBig = measure(shape.data, 0, { nodes: 0 });
  if (tooBig) return { ok: false, error: tooBig };
  let doc: PMNode;
  try {
    doc = PMNode.fromJSON(contentSchema(), shape.data);
    doc.check();
  } catch {
    return { ok: false, error: "De tekst bevat onderdelen die de editor niet kent." };
  }
  const problem = unsafeUrl(doc);
  if (problem) return { ok: false, error: problem };
  // Round-tripping through the schema drops unknown attributes such as event handlers.
  return { ok: true, doc: doc.toJSON() as JSONContent };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Plain text of a document, for word counts, search and descriptions. */
export function documentText(doc: JSONContent | null | undefined): string {
  if (!doc) return "";
  const parts: string[] = [];
  const walk = (node: JSONContent) => {
    if (node.text) parts.push(node.text);
    node.content?.forEach(walk);
    if (node.type && /^(paragraph|heading|listItem|blockquote|tableCell|tableHeader)$/.test(node.type)) parts.push(" ");
  };
  walk(doc);
  return parts.join("").replace(/\s+/g, " ").trim();
}
