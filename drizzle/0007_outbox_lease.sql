DROP INDEX `outbox_pending_idx`;--> statement-breakpoint
ALTER TABLE `outbox` ADD `kind` text DEFAULT 'notification' NOT NULL;--> statement-breakpoint
ALTER TABLE `outbox` ADD `claimed_until` integer;--> statement-breakpoint
ALTER TABLE `outbox` ADD `failed_at` integer;--> statement-breakpoint
ALTER TABLE `outbox` ADD `last_reply` text;--> statement-breakpoint
CREATE INDEX `outbox_failed_idx` ON `outbox` (`failed_at`);--> statement-breakpoint
CREATE INDEX `outbox_kind_created_idx` ON `outbox` (`kind`,`created_at`);--> statement-breakpoint
CREATE INDEX `outbox_pending_idx` ON `outbox` (`sent_at`,`failed_at`,`next_attempt_at`);--> statement-breakpoint
-- Mail queued before this migration: its kind follows from its subject (lib/mail/question-mails.ts).
UPDATE `outbox` SET `kind` = 'receipt' WHERE `subject` LIKE 'Uw vraag aan % is ontvangen';--> statement-breakpoint
UPDATE `outbox` SET `kind` = 'answer' WHERE `subject` LIKE 'Antwoord op uw vraag aan %';
