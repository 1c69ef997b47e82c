CREATE TABLE `import_records` (
	`source` text NOT NULL,
	`entity` text NOT NULL,
	`external_id` text NOT NULL,
	`entity_id` integer NOT NULL,
	`imported_at` integer NOT NULL,
	PRIMARY KEY(`source`, `entity`, `external_id`)
);
--> statement-breakpoint
CREATE TABLE `newsletter_issues` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`subject` text NOT NULL,
	`intro` text DEFAULT '' NOT NULL,
	`post_ids` text DEFAULT '[]' NOT NULL,
	`period_start` integer NOT NULL,
	`period_end` integer NOT NULL,
	`scheduled_at` integer,
	`sent_at` integer,
	`created_by_id` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `newsletter_issues_status_idx` ON `newsletter_issues` (`status`,`scheduled_at`);--> statement-breakpoint
CREATE TABLE `passkeys` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`name` text NOT NULL,
	`public_key` text NOT NULL,
	`counter` integer DEFAULT 0 NOT NULL,
	`transports` text DEFAULT '[]' NOT NULL,
	`last_used_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `passkeys_user_idx` ON `passkeys` (`user_id`);--> statement-breakpoint
CREATE TABLE `post_rail_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`post_id` integer NOT NULL,
	`position` integer NOT NULL,
	`target_post_id` integer,
	`url` text,
	`title` text,
	`label` text NOT NULL,
	`date` integer,
	FOREIGN KEY (`post_id`) REFERENCES `posts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`target_post_id`) REFERENCES `posts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `post_rail_items_post_position_idx` ON `post_rail_items` (`post_id`,`position`);--> statement-breakpoint
CREATE INDEX `post_rail_items_target_idx` ON `post_rail_items` (`target_post_id`);--> statement-breakpoint
CREATE TABLE `recovery_codes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`code_hash` text NOT NULL,
	`used_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `recovery_codes_user_idx` ON `recovery_codes` (`user_id`);--> statement-breakpoint
CREATE TABLE `site_settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_by_id` integer,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`updated_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `subscribers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`section_ids` text DEFAULT '[]' NOT NULL,
	`consent_text` text NOT NULL,
	`consent_source` text NOT NULL,
	`consent_at` integer NOT NULL,
	`confirmed_at` integer,
	`unsubscribed_at` integer,
	`ip_hash` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `subscribers_email_unique` ON `subscribers` (`email`);--> statement-breakpoint
CREATE INDEX `subscribers_status_idx` ON `subscribers` (`status`,`created_at`);--> statement-breakpoint
ALTER TABLE `outbox` ADD `html` text;--> statement-breakpoint
ALTER TABLE `outbox` ADD `headers` text;--> statement-breakpoint
ALTER TABLE `outbox` ADD `issue_id` integer REFERENCES newsletter_issues(id) ON DELETE set null;--> statement-breakpoint
ALTER TABLE `outbox` ADD `subscriber_id` integer REFERENCES subscribers(id) ON DELETE cascade;--> statement-breakpoint
CREATE UNIQUE INDEX `outbox_issue_subscriber_idx` ON `outbox` (`issue_id`,`subscriber_id`);--> statement-breakpoint
ALTER TABLE `posts` ADD `revised_at` integer;--> statement-breakpoint
ALTER TABLE `posts` ADD `pending_changes` text;--> statement-breakpoint
ALTER TABLE `posts` ADD `pending_saved_at` integer;--> statement-breakpoint
ALTER TABLE `posts` ADD `trashed_at` integer;--> statement-breakpoint
CREATE INDEX `posts_trashed_idx` ON `posts` (`trashed_at`);--> statement-breakpoint
ALTER TABLE `questions` ADD `reminded_at` integer;--> statement-breakpoint
ALTER TABLE `users` ADD `totp_secret` text;--> statement-breakpoint
ALTER TABLE `users` ADD `totp_enabled_at` integer;