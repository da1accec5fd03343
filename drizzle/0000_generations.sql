CREATE TABLE `generations` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` integer NOT NULL,
	`description` text NOT NULL,
	`media_type` text NOT NULL,
	`tier` text NOT NULL,
	`provider` text NOT NULL,
	`model` text NOT NULL,
	`status` text NOT NULL,
	`cost_micros` integer NOT NULL,
	`time_ms` integer NOT NULL,
	`r2_key` text,
	`content_type` text,
	`bytes` integer,
	`cached` integer NOT NULL,
	`project_id` text,
	`client_id` text NOT NULL,
	`error` text
);
--> statement-breakpoint
CREATE INDEX `generations_created_idx` ON `generations` (`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `generations_tier_idx` ON `generations` (`tier`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `generations_media_type_idx` ON `generations` (`media_type`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `generations_project_idx` ON `generations` (`project_id`,`created_at`,`id`);