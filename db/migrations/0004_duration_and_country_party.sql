ALTER TABLE `events` ADD `duration_minutes` integer;--> statement-breakpoint
ALTER TABLE `events` ADD `duration_bound` text DEFAULT 'exact' NOT NULL;--> statement-breakpoint
ALTER TABLE `locations` ADD `country_party_id` integer REFERENCES parties(id);