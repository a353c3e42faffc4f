-- ADR 015: employers' mobiles move out of plain login_name. The keys are not in SQL, so the start-up
-- backfill (db/backfill-staff-logins.ts) fills login_hash, mobile_enc and mobile_masked of existing rows.
DROP INDEX "accounts_login_name_uq";--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "login_hash" text;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "mobile_enc" text;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "mobile_masked" text;--> statement-breakpoint
CREATE UNIQUE INDEX "accounts_login_hash_uq" ON "accounts" USING btree ("login_hash");