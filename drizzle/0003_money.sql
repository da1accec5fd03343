CREATE TABLE `alerts` (
	`id` text PRIMARY KEY NOT NULL,
	`type` text NOT NULL,
	`scope` text NOT NULL,
	`key_id` text,
	`threshold` integer NOT NULL,
	`period` text NOT NULL,
	`dedupe` text NOT NULL,
	`data` text NOT NULL,
	`created_at` integer NOT NULL,
	`delivery_id` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `alerts_dedupe_idx` ON `alerts` (`dedupe`);--> statement-breakpoint
CREATE INDEX `alerts_created_idx` ON `alerts` (`created_at`);--> statement-breakpoint
CREATE TABLE `credit_ledger` (
	`id` text PRIMARY KEY NOT NULL,
	`key_id` text NOT NULL,
	`amount_micros` integer NOT NULL,
	`reason` text NOT NULL,
	`generation_id` text,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `credit_ledger_key_idx` ON `credit_ledger` (`key_id`,`created_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `credit_ledger_generation_idx` ON `credit_ledger` (`key_id`,`generation_id`);--> statement-breakpoint
CREATE TABLE `idempotency_keys` (
	`owner` text NOT NULL,
	`key` text NOT NULL,
	`body_hash` text NOT NULL,
	`created_at` integer NOT NULL,
	`response_status` integer,
	`response_body` text,
	PRIMARY KEY(`owner`, `key`)
);
--> statement-breakpoint
CREATE INDEX `idempotency_created_idx` ON `idempotency_keys` (`created_at`);--> statement-breakpoint
ALTER TABLE `generations` ADD `holds` text;--> statement-breakpoint
ALTER TABLE `generations` ADD `holds_open` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `generations` ADD `task` text;--> statement-breakpoint
CREATE INDEX `generations_open_idx` ON `generations` (`holds_open`,`created_at`);