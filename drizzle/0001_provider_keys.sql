CREATE TABLE `provider_keys` (
	`provider` text PRIMARY KEY NOT NULL,
	`ciphertext` text,
	`iv` text,
	`updated_at` integer NOT NULL,
	`last_test_ok` integer,
	`last_test_at` integer,
	`last_test_message` text
);
