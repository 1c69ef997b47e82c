DROP INDEX `questions_answered_idx`;--> statement-breakpoint
ALTER TABLE `questions` ADD `topic` text;--> statement-breakpoint
ALTER TABLE `questions` ADD `closed_at` integer;--> statement-breakpoint
CREATE INDEX `questions_closed_idx` ON `questions` (`closed_at`);