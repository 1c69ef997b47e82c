// The scaling curve (`--scale`): the same build served over archives of different sizes, so that the growth of
// article, list and search cost with the archive is measured rather than guessed. Pages are rendered on request,
// so one build serves every database; the runtime page cache is emptied before each size (see server.mjs).
import { generate, sampleArticles, SEARCH_TERMS } from "./generate.mjs";
import { available, measure, warm } from "./load.mjs";
import { uncachedRenders } from "./publish.mjs";
import { startServer } from "./server.mjs";

const SECTIONS = ["/onderwijs", "/onderzoek", "/innovatie"];

export async function scalingCurve({ sizes, port, env, duration, connections, log }) {
  const curve = [];
  for (const posts of sizes) {
    const dbFile = `bench/results/curve-${posts}.db`;
    const gen = generate({ file: dbFile, posts });
    console.log(`[curve] ${posts} posts generated in ${(gen.ms / 1000).toFixed(1)} s; measuring`);
    const server = await startServer({ port, env: { ...env, DATABASE_PATH: dbFile }, log });
    try {
      const paths = sampleArticles(dbFile, 225, 100 + posts);
      await warm(server.origin, paths.splice(0, 5), 1); // start-up cost (module loading, JIT), not render cost
      const point = { posts, connections, generateMs: gen.ms, dbBytes: gen.bytes };
      // Uncached first: 20 articles and the three lists, one request at a time, each one a render.
      point.articleUncached = await uncachedRenders(server.origin, paths.slice(0, 20));
      point.listUncached = await uncachedRenders(server.origin, SECTIONS);
      // Then cached: the rest of the sample rendered once, then load over them.
      await warm(server.origin, paths.slice(20));
      const opts = { origin: server.origin, connections, duration, warmup: 1 };
      point.articleCached = await measure({ ...opts, paths: paths.slice(20) });
      point.listCached = await measure({ ...opts, paths: SECTIONS });
      const search = SEARCH_TERMS.map((q) => `/zoeken?q=${encodeURIComponent(q)}`);
      point.search = (await available(server.origin + search[0])) ? await measure({ ...opts, paths: search }) : null;
      point.peakRssBytes = server.peakRss();
      curve.push(point);
    } finally {
      await server.stop();
    }
  }
  return curve;
}
