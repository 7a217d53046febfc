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
	CONSTRAINT "revisions_entity_type_known" CHECK(entity_type IN ('event', 'party', 'person', 'topic', 'location', 'source', 'position', 'claim', 'point', 'api_token'))
);
--> statement-breakpoint
INSERT INTO `__new_revisions`("id", "entity_type", "entity_id", "action", "actor_id", "actor_name", "token_id", "at", "before", "after", "snapshot_version") SELECT "id", "entity_type", "entity_id", "action", "actor_id", "actor_name", "token_id", "at", "before", "after", "snapshot_version" FROM `revisions`;--> statement-breakpoint
DROP TABLE `revisions`;--> statement-breakpoint
ALTER TABLE `__new_revisions` RENAME TO `revisions`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `revisions_entity_idx` ON `revisions` (`entity_type`,`entity_id`,`id`);