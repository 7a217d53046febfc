CREATE TABLE `commitment_history` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`commitment_id` integer NOT NULL,
	`revision_id` integer,
	`valid_from` text NOT NULL,
	`valid_to` text,
	`event_id` integer,
	`status` text NOT NULL,
	`deadline_at` text,
	`text` text NOT NULL,
	`dto` text
);
--> statement-breakpoint
CREATE INDEX `commitment_history_commitment_idx` ON `commitment_history` (`commitment_id`,`valid_to`);--> statement-breakpoint
CREATE INDEX `commitment_history_valid_from_idx` ON `commitment_history` (`valid_from`);--> statement-breakpoint
CREATE TABLE `commitment_history_parties` (
	`history_id` integer NOT NULL,
	`party_id` integer NOT NULL,
	PRIMARY KEY(`history_id`, `party_id`)
);
--> statement-breakpoint
CREATE TABLE `commitment_history_topics` (
	`history_id` integer NOT NULL,
	`topic_id` integer NOT NULL,
	PRIMARY KEY(`history_id`, `topic_id`)
);
