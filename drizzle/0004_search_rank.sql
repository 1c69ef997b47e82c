-- Rank search results by bm25 with the title weighing most (title, lead, body, people). Stored as the table's
-- default rank, so "ORDER BY rank LIMIT n" takes FTS5's fast path instead of scoring in a sort.
INSERT INTO `posts_fts` (`posts_fts`, `rank`) VALUES ('rank', 'bm25(10.0, 5.0, 1.0, 3.0)');
