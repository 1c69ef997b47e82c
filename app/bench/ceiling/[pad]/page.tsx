import type { Metadata } from "next";

/*
 * Benchmark only (`npm run bench`): the "ceiling" to compare public pages against. A minimal page with no data
 * access, prerendered at build time and served from the Next.js cache, padded with `pad` KiB of text so that
 * the bench can pick the variant whose HTML is as large as an article page (it calibrates sizes at run time).
 * The variants exist only in builds made by the bench (BENCH_CEILING=1): in any other build the list is empty
 * and, with dynamicParams off, every /bench/ceiling URL answers 404. Hidden from search engines in any case.
 */
export const dynamic = "force-static";
export const dynamicParams = false;

const MAX_PAD_KIB = 80;

export function generateStaticParams(): { pad: string }[] {
  if (process.env.BENCH_CEILING !== "1") return [];
  return Array.from({ length: MAX_PAD_KIB + 1 }, (_, kib) => ({ pad: String(kib) }));
}

export const metadata: Metadata = { title: "Benchmark", robots: { index: false, follow: false } };

// Varied words from a fixed sequence rather than one repeated sentence, so that gzip works on it about as hard as
// on article text (a repeated sentence would compress, and so cost, far less).
const WORDS = "europese samenwerking onderwijs onderzoek beleid scholen instellingen studenten financiering programma de het een en van voor met".split(" ");

function filler(bytes: number): string {
  let out = "";
  for (let seed = 1; out.length < bytes; ) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    out += WORDS[(seed >>> 16) % WORDS.length] + " ";
  }
  return out.slice(0, bytes);
}

export default async function CeilingPage({ params }: { params: Promise<{ pad: string }> }) {
  const bytes = Number((await params).pad) * 1024;
  const padding = filler(bytes);
  return (
    <>
      <h1 className="page-title">Benchmark</h1>
      <p>{padding}</p>
    </>
  );
}
