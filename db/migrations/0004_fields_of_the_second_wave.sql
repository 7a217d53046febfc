ALTER TABLE `events` ADD `duration_minutes` integer;--> statement-breakpoint
ALTER TABLE `events` ADD `duration_bound` text DEFAULT 'exact' NOT NULL;--> statement-breakpoint
CREATE INDEX `events_facets_idx` ON `events` (`deleted_at`,`local_start_day`,`local_end_day`,`kind`);--> statement-breakpoint
ALTER TABLE `locations` ADD `country_party_id` integer REFERENCES parties(id);--> statement-breakpoint
ALTER TABLE `sources` ADD `text` text DEFAULT '' NOT NULL;