ALTER TABLE `events` ADD `local_start_day` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `events` ADD `local_end_day` text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX `events_local_start_day_idx` ON `events` (`local_start_day`);