CREATE TABLE `claim_topics` (
	`claim_id` integer NOT NULL,
	`topic_id` integer NOT NULL,
	PRIMARY KEY(`claim_id`, `topic_id`),
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`topic_id`) REFERENCES `topics`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `claim_topics_topic_idx` ON `claim_topics` (`topic_id`,`claim_id`);--> statement-breakpoint
CREATE TABLE `claims` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`event_id` integer NOT NULL,
	`party_id` integer NOT NULL,
	`person_id` integer,
	`source_id` integer NOT NULL,
	`kind` text NOT NULL,
	`quote_exact` text NOT NULL,
	`quote_prefix` text DEFAULT '' NOT NULL,
	`quote_suffix` text DEFAULT '' NOT NULL,
	`paraphrase` text DEFAULT '' NOT NULL,
	`attribution` text NOT NULL,
	`confidence` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`party_id`) REFERENCES `parties`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `claims_slug_unique` ON `claims` (`slug`);--> statement-breakpoint
CREATE INDEX `claims_event_idx` ON `claims` (`event_id`,`id`);--> statement-breakpoint
CREATE INDEX `claims_party_idx` ON `claims` (`party_id`);--> statement-breakpoint
CREATE INDEX `claims_person_idx` ON `claims` (`person_id`);--> statement-breakpoint
CREATE INDEX `claims_source_idx` ON `claims` (`source_id`);--> statement-breakpoint
CREATE TABLE `point_claims` (
	`point_id` integer NOT NULL,
	`claim_id` integer NOT NULL,
	`position` integer NOT NULL,
	PRIMARY KEY(`point_id`, `claim_id`),
	FOREIGN KEY (`point_id`) REFERENCES `points`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `point_claims_claim_idx` ON `point_claims` (`claim_id`);--> statement-breakpoint
CREATE TABLE `point_topics` (
	`point_id` integer NOT NULL,
	`topic_id` integer NOT NULL,
	PRIMARY KEY(`point_id`, `topic_id`),
	FOREIGN KEY (`point_id`) REFERENCES `points`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`topic_id`) REFERENCES `topics`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `point_topics_topic_idx` ON `point_topics` (`topic_id`);--> statement-breakpoint
CREATE TABLE `points` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`event_id` integer NOT NULL,
	`label` text NOT NULL,
	`alignment` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `points_slug_unique` ON `points` (`slug`);--> statement-breakpoint
CREATE INDEX `points_event_idx` ON `points` (`event_id`,`id`);--> statement-breakpoint
ALTER TABLE `events` ADD `local_start_day` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `events` ADD `local_end_day` text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX `events_local_start_day_idx` ON `events` (`local_start_day`);--> statement-breakpoint
ALTER TABLE `revisions` ADD `token_id` integer;--> statement-breakpoint
ALTER TABLE `sources` ADD `kind` text DEFAULT 'report' NOT NULL;--> statement-breakpoint
ALTER TABLE `sources` ADD `party_id` integer REFERENCES parties(id);--> statement-breakpoint
CREATE INDEX `sources_party_idx` ON `sources` (`party_id`);