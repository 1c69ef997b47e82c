// A short Dutch HTML page for requests refused before the app renders (proxy.ts), instead of Next.js's English text.
import { NextResponse } from "next/server";

export function errorPage(status: number, title: string, text: string, headers: Record<string, string> = {}): NextResponse {
  const html = `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head>
<body><main><h1>${title}</h1><p>${text}</p><p><a href="/">Naar de voorpagina</a></p></main></body></html>`;
  return new NextResponse(html, {
    status,
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store", "x-content-type-options": "nosniff", ...headers },
  });
}
