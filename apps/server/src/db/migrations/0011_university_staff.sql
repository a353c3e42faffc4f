ALTER TABLE "accounts" DROP CONSTRAINT "accounts_organisation_matches_role";--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "university_role" text;--> statement-breakpoint
ALTER TABLE "universities" ADD COLUMN "logo_file_id" uuid;--> statement-breakpoint
ALTER TABLE "universities" ADD COLUMN "address" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "universities" ADD COLUMN "campuses" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "universities" ADD COLUMN "contact_name" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "universities" ADD COLUMN "contact_phone" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "universities" ADD COLUMN "contact_email" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "universities" ADD COLUMN "introduction" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "universities" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
-- Issue 11: every existing university staff account gets a role before the check needs one; each
-- university's oldest staff account becomes its one admin (账号管理), the others members.
UPDATE "accounts" SET "university_role" = CASE
  WHEN "id" = (
    SELECT a."id" FROM "accounts" a
    WHERE a."university_id" = "accounts"."university_id" AND a."role" = 'university_staff'
    ORDER BY a."created_at", a."id" LIMIT 1
  ) THEN 'admin' ELSE 'member' END
WHERE "role" = 'university_staff';--> statement-breakpoint
CREATE UNIQUE INDEX "accounts_one_admin_per_university_uq" ON "accounts" USING btree ("university_id") WHERE university_role = 'admin';--> statement-breakpoint
CREATE INDEX "accounts_university_idx" ON "accounts" USING btree ("university_id");--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_organisation_matches_role" CHECK ((role = 'employer') = (company_id IS NOT NULL AND company_role IS NOT NULL)
        AND (role = 'university_staff') = (university_id IS NOT NULL AND university_role IS NOT NULL)
        AND (role = 'centre_staff') = (district_code IS NOT NULL));