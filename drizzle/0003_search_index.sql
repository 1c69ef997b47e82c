-- Full-text index of public posts (rowid = posts.id), kept in sync by db/queries/search.ts.
-- remove_diacritics 2 makes "cooperatie" find "coöperatie"; unicode61 folds case.
CREATE VIRTUAL TABLE `posts_fts` USING fts5(
	`title`,
	`lead`,
	`body`,
	`people`,
	tokenize = 'unicode61 remove_diacritics 2'
);
