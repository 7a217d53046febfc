CREATE TABLE `claim_history` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`claim_id` integer NOT NULL,
	`revision_id` integer,
	`valid_from` text NOT NULL,
	`valid_to` text,
	`event_id` integer NOT NULL,
	`party_id` integer NOT NULL,
	`person_id` integer,
	`kind` text NOT NULL,
	`text` text NOT NULL,
	`dto` text
);
--> statement-breakpoint
CREATE INDEX `claim_history_claim_idx` ON `claim_history` (`claim_id`,`valid_to`);--> statement-breakpoint
CREATE INDEX `claim_history_valid_from_idx` ON `claim_history` (`valid_from`);--> statement-breakpoint
CREATE TABLE `claim_history_topics` (
	`history_id` integer NOT NULL,
	`topic_id` integer NOT NULL,
	PRIMARY KEY(`history_id`, `topic_id`)
);
--> statement-breakpoint
CREATE TABLE `event_history` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`event_id` integer NOT NULL,
	`revision_id` integer,
	`valid_from` text NOT NULL,
	`valid_to` text,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`summary` text NOT NULL,
	`starts_at` text NOT NULL,
	`starts_upper` text NOT NULL,
	`local_start_day` text NOT NULL,
	`local_end_day` text NOT NULL,
	`location_id` integer,
	`dto` text
);
--> statement-breakpoint
CREATE INDEX `event_history_time_idx` ON `event_history` (`starts_at`,`event_id`,`valid_from`,`valid_to`,`kind`,`local_start_day`,`local_end_day`,`starts_upper`);--> statement-breakpoint
CREATE INDEX `event_history_event_idx` ON `event_history` (`event_id`,`valid_to`);--> statement-breakpoint
CREATE INDEX `event_history_valid_from_idx` ON `event_history` (`valid_from`);--> statement-breakpoint
CREATE TABLE `event_history_parties` (
	`history_id` integer NOT NULL,
	`party_id` integer NOT NULL,
	PRIMARY KEY(`history_id`, `party_id`)
);
--> statement-breakpoint
CREATE TABLE `event_history_people` (
	`history_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	PRIMARY KEY(`history_id`, `person_id`)
);
--> statement-breakpoint
CREATE TABLE `event_history_topics` (
	`history_id` integer NOT NULL,
	`topic_id` integer NOT NULL,
	PRIMARY KEY(`history_id`, `topic_id`)
);
--> statement-breakpoint
CREATE INDEX `revisions_at_idx` ON `revisions` (`at`);