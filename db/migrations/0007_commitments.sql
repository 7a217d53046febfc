CREATE TABLE `commitment_claims` (
	`commitment_id` integer NOT NULL,
	`claim_id` integer NOT NULL,
	`position` integer NOT NULL,
	PRIMARY KEY(`commitment_id`, `claim_id`),
	FOREIGN KEY (`commitment_id`) REFERENCES `commitments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `commitment_claims_claim_idx` ON `commitment_claims` (`claim_id`);--> statement-breakpoint
CREATE TABLE `commitment_parties` (
	`commitment_id` integer NOT NULL,
	`party_id` integer NOT NULL,
	PRIMARY KEY(`commitment_id`, `party_id`),
	FOREIGN KEY (`commitment_id`) REFERENCES `commitments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`party_id`) REFERENCES `parties`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `commitment_parties_party_idx` ON `commitment_parties` (`party_id`,`commitment_id`);--> statement-breakpoint
CREATE TABLE `commitment_status_changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`commitment_id` integer NOT NULL,
	`status` text NOT NULL,
	`at` text NOT NULL,
	`claimed_by_party_id` integer,
	`source_id` integer,
	`excerpt` text DEFAULT '' NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`commitment_id`) REFERENCES `commitments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`claimed_by_party_id`) REFERENCES `parties`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `commitment_status_changes_commitment_idx` ON `commitment_status_changes` (`commitment_id`,`at`);--> statement-breakpoint
CREATE INDEX `commitment_status_changes_at_idx` ON `commitment_status_changes` (`at`);--> statement-breakpoint
CREATE TABLE `commitment_topics` (
	`commitment_id` integer NOT NULL,
	`topic_id` integer NOT NULL,
	PRIMARY KEY(`commitment_id`, `topic_id`),
	FOREIGN KEY (`commitment_id`) REFERENCES `commitments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`topic_id`) REFERENCES `topics`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `commitment_topics_topic_idx` ON `commitment_topics` (`topic_id`,`commitment_id`);--> statement-breakpoint
CREATE TABLE `commitments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`text` text NOT NULL,
	`quantity` real,
	`unit` text,
	`event_id` integer,
	`starts_at` text,
	`deadline_at` text,
	`duration_days` integer,
	`time_zone` text NOT NULL,
	`status` text DEFAULT 'proposed' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "commitments_deadline_after_start" CHECK("commitments"."deadline_at" IS NULL OR "commitments"."starts_at" IS NULL OR "commitments"."deadline_at" >= "commitments"."starts_at")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `commitments_slug_unique` ON `commitments` (`slug`);--> statement-breakpoint
CREATE INDEX `commitments_deadline_idx` ON `commitments` (`deleted_at`,`deadline_at`,`id`);--> statement-breakpoint
CREATE INDEX `commitments_event_idx` ON `commitments` (`event_id`);--> statement-breakpoint
CREATE TABLE `session_outcomes` (
	`event_id` integer NOT NULL,
	`kind` text NOT NULL,
	`follow_up_event_id` integer,
	`note` text DEFAULT '' NOT NULL,
	PRIMARY KEY(`event_id`, `kind`),
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`follow_up_event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `session_outcomes_follow_up_idx` ON `session_outcomes` (`follow_up_event_id`);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_revisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`entity_type` text NOT NULL,
	`entity_id` integer NOT NULL,
	`action` text NOT NULL,
	`actor_id` text,
	`actor_name` text NOT NULL,
	`token_id` integer,
	`at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`before` text,
	`after` text,
	`snapshot_version` integer DEFAULT 1 NOT NULL,
	CONSTRAINT "revisions_entity_type_known" CHECK(entity_type IN ('event', 'party', 'person', 'topic', 'location', 'source', 'position', 'claim', 'point', 'api_token', 'commitment'))
);
--> statement-breakpoint
INSERT INTO `__new_revisions`("id", "entity_type", "entity_id", "action", "actor_id", "actor_name", "token_id", "at", "before", "after", "snapshot_version") SELECT "id", "entity_type", "entity_id", "action", "actor_id", "actor_name", "token_id", "at", "before", "after", "snapshot_version" FROM `revisions`;--> statement-breakpoint
DROP TABLE `revisions`;--> statement-breakpoint
ALTER TABLE `__new_revisions` RENAME TO `revisions`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `revisions_entity_idx` ON `revisions` (`entity_type`,`entity_id`,`id`);