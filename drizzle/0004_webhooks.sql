CREATE TABLE `webhook_attempts` (
	`delivery_id` text NOT NULL,
	`attempt` integer NOT NULL,
	`at` integer NOT NULL,
	`status_code` integer,
	`error` text,
	`duration_ms` integer NOT NULL,
	PRIMARY KEY(`delivery_id`, `attempt`)
);
--> statement-breakpoint
CREATE TABLE `webhook_deliveries` (
	`id` text PRIMARY KEY NOT NULL,
	`owner_id` text,
	`generation_id` text,
	`type` text NOT NULL,
	`url` text NOT NULL,
	`body` text NOT NULL,
	`status` text NOT NULL,
	`attempts` integer NOT NULL,
	`last_status` integer,
	`last_error` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`delivered_at` integer,
	`dead_at` integer
);
--> statement-breakpoint
CREATE INDEX `webhook_deliveries_generation_idx` ON `webhook_deliveries` (`generation_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `webhook_deliveries_owner_idx` ON `webhook_deliveries` (`owner_id`,`created_at`);