-- The venue calendar's exclusion constraint compares uuids with = in a gist index (btree_gist; trusted
-- since PostgreSQL 13, bundled with PGlite).
CREATE EXTENSION IF NOT EXISTS btree_gist;
--> statement-breakpoint
CREATE TABLE "brochure_publications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"brochure_id" uuid NOT NULL,
	"company_id" uuid NOT NULL,
	"university_id" uuid NOT NULL,
	"approved_version_id" uuid,
	"approved_at" timestamp with time zone,
	"pending_version_id" uuid,
	"review_request_id" uuid,
	"reject_reason" text,
	"withdrawn_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "brochure_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"brochure_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"title" text NOT NULL,
	"body_html" text NOT NULL,
	"job_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"image_file_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "brochures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"created_by" uuid,
	"title" text NOT NULL,
	"body_html" text NOT NULL,
	"job_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"image_file_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"deleted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "campus_faqs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"question" text NOT NULL,
	"answer" text NOT NULL,
	"created_by" uuid,
	"deleted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "campus_questions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"seeker_account_id" uuid NOT NULL,
	"context_kind" text NOT NULL,
	"context_id" uuid,
	"question" text NOT NULL,
	"answer" text,
	"answered_by" uuid,
	"answered_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "job_fair_booths" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"fair_id" uuid NOT NULL,
	"code" text NOT NULL,
	"kind" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "job_fair_registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"fair_id" uuid NOT NULL,
	"company_id" uuid NOT NULL,
	"university_id" uuid NOT NULL,
	"applicant_account_id" uuid NOT NULL,
	"contacts" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"job_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"booth_kind" text NOT NULL,
	"booth_wish" text DEFAULT '' NOT NULL,
	"state" text DEFAULT 'pending' NOT NULL,
	"review_request_id" uuid,
	"reject_reason" text,
	"booth_id" uuid,
	"withdrawn_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "job_fairs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"university_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"venue_id" uuid,
	"location" text NOT NULL,
	"venue_booking_id" uuid,
	"booth_kinds" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"registration_opens_at" timestamp with time zone NOT NULL,
	"registration_closes_at" timestamp with time zone NOT NULL,
	"capacity" integer NOT NULL,
	"registered_count" integer DEFAULT 0 NOT NULL,
	"rules" text DEFAULT '' NOT NULL,
	"state" text DEFAULT 'published' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "job_fairs_capacity_positive" CHECK (capacity > 0),
	CONSTRAINT "job_fairs_registrations_within_capacity" CHECK (registered_count <= capacity),
	CONSTRAINT "job_fairs_registrations_non_negative" CHECK (registered_count >= 0),
	CONSTRAINT "job_fairs_time_order" CHECK (ends_at > starts_at),
	CONSTRAINT "job_fairs_registration_window" CHECK (registration_closes_at > registration_opens_at)
);
--> statement-breakpoint
CREATE TABLE "presentation_signups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"presentation_id" uuid NOT NULL,
	"seeker_account_id" uuid NOT NULL,
	"checkin_token_hash" text NOT NULL,
	"checked_in_at" timestamp with time zone,
	"checked_in_by" uuid,
	"cancelled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "presentation_signups_checkinTokenHash_unique" UNIQUE("checkin_token_hash")
);
--> statement-breakpoint
CREATE TABLE "presentations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"university_id" uuid NOT NULL,
	"applicant_account_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"preferred_slots" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"expected_audience" integer NOT NULL,
	"majors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"equipment" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"needs" text DEFAULT '' NOT NULL,
	"contact_name" text NOT NULL,
	"contact_mobile" text NOT NULL,
	"job_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"state" text DEFAULT 'pending' NOT NULL,
	"review_request_id" uuid,
	"reject_reason" text,
	"venue_booking_id" uuid,
	"venue_id" uuid,
	"starts_at" timestamp with time zone,
	"ends_at" timestamp with time zone,
	"capacity" integer,
	"signup_count" integer DEFAULT 0 NOT NULL,
	"cancelled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "presentations_signups_within_capacity" CHECK (capacity IS NULL OR signup_count <= capacity),
	CONSTRAINT "presentations_signups_non_negative" CHECK (signup_count >= 0)
);
--> statement-breakpoint
CREATE TABLE "venue_bookings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"university_id" uuid NOT NULL,
	"venue_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"source_kind" text NOT NULL,
	"source_id" uuid,
	"title" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "venue_bookings_time_order" CHECK (ends_at > starts_at)
);
--> statement-breakpoint
CREATE TABLE "venues" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"university_id" uuid NOT NULL,
	"name" text NOT NULL,
	"campus" text DEFAULT '' NOT NULL,
	"capacity" integer NOT NULL,
	"equipment" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"retired_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "venues_capacity_positive" CHECK (capacity > 0)
);
--> statement-breakpoint
ALTER TABLE "brochure_publications" ADD CONSTRAINT "brochure_publications_brochure_id_brochures_id_fk" FOREIGN KEY ("brochure_id") REFERENCES "public"."brochures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brochure_publications" ADD CONSTRAINT "brochure_publications_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brochure_publications" ADD CONSTRAINT "brochure_publications_university_id_universities_id_fk" FOREIGN KEY ("university_id") REFERENCES "public"."universities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brochure_publications" ADD CONSTRAINT "brochure_publications_approved_version_id_brochure_versions_id_fk" FOREIGN KEY ("approved_version_id") REFERENCES "public"."brochure_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brochure_publications" ADD CONSTRAINT "brochure_publications_pending_version_id_brochure_versions_id_fk" FOREIGN KEY ("pending_version_id") REFERENCES "public"."brochure_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brochure_publications" ADD CONSTRAINT "brochure_publications_review_request_id_review_requests_id_fk" FOREIGN KEY ("review_request_id") REFERENCES "public"."review_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brochure_versions" ADD CONSTRAINT "brochure_versions_brochure_id_brochures_id_fk" FOREIGN KEY ("brochure_id") REFERENCES "public"."brochures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brochure_versions" ADD CONSTRAINT "brochure_versions_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brochures" ADD CONSTRAINT "brochures_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brochures" ADD CONSTRAINT "brochures_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campus_faqs" ADD CONSTRAINT "campus_faqs_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campus_faqs" ADD CONSTRAINT "campus_faqs_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campus_questions" ADD CONSTRAINT "campus_questions_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campus_questions" ADD CONSTRAINT "campus_questions_seeker_account_id_accounts_id_fk" FOREIGN KEY ("seeker_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campus_questions" ADD CONSTRAINT "campus_questions_answered_by_accounts_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_fair_booths" ADD CONSTRAINT "job_fair_booths_fair_id_job_fairs_id_fk" FOREIGN KEY ("fair_id") REFERENCES "public"."job_fairs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_fair_registrations" ADD CONSTRAINT "job_fair_registrations_fair_id_job_fairs_id_fk" FOREIGN KEY ("fair_id") REFERENCES "public"."job_fairs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_fair_registrations" ADD CONSTRAINT "job_fair_registrations_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_fair_registrations" ADD CONSTRAINT "job_fair_registrations_university_id_universities_id_fk" FOREIGN KEY ("university_id") REFERENCES "public"."universities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_fair_registrations" ADD CONSTRAINT "job_fair_registrations_applicant_account_id_accounts_id_fk" FOREIGN KEY ("applicant_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_fair_registrations" ADD CONSTRAINT "job_fair_registrations_review_request_id_review_requests_id_fk" FOREIGN KEY ("review_request_id") REFERENCES "public"."review_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_fair_registrations" ADD CONSTRAINT "job_fair_registrations_booth_id_job_fair_booths_id_fk" FOREIGN KEY ("booth_id") REFERENCES "public"."job_fair_booths"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_fairs" ADD CONSTRAINT "job_fairs_university_id_universities_id_fk" FOREIGN KEY ("university_id") REFERENCES "public"."universities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_fairs" ADD CONSTRAINT "job_fairs_venue_id_venues_id_fk" FOREIGN KEY ("venue_id") REFERENCES "public"."venues"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_fairs" ADD CONSTRAINT "job_fairs_venue_booking_id_venue_bookings_id_fk" FOREIGN KEY ("venue_booking_id") REFERENCES "public"."venue_bookings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_fairs" ADD CONSTRAINT "job_fairs_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "presentation_signups" ADD CONSTRAINT "presentation_signups_presentation_id_presentations_id_fk" FOREIGN KEY ("presentation_id") REFERENCES "public"."presentations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "presentation_signups" ADD CONSTRAINT "presentation_signups_seeker_account_id_accounts_id_fk" FOREIGN KEY ("seeker_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "presentation_signups" ADD CONSTRAINT "presentation_signups_checked_in_by_accounts_id_fk" FOREIGN KEY ("checked_in_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "presentations" ADD CONSTRAINT "presentations_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "presentations" ADD CONSTRAINT "presentations_university_id_universities_id_fk" FOREIGN KEY ("university_id") REFERENCES "public"."universities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "presentations" ADD CONSTRAINT "presentations_applicant_account_id_accounts_id_fk" FOREIGN KEY ("applicant_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "presentations" ADD CONSTRAINT "presentations_review_request_id_review_requests_id_fk" FOREIGN KEY ("review_request_id") REFERENCES "public"."review_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "presentations" ADD CONSTRAINT "presentations_venue_booking_id_venue_bookings_id_fk" FOREIGN KEY ("venue_booking_id") REFERENCES "public"."venue_bookings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "presentations" ADD CONSTRAINT "presentations_venue_id_venues_id_fk" FOREIGN KEY ("venue_id") REFERENCES "public"."venues"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "venue_bookings" ADD CONSTRAINT "venue_bookings_university_id_universities_id_fk" FOREIGN KEY ("university_id") REFERENCES "public"."universities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "venue_bookings" ADD CONSTRAINT "venue_bookings_venue_id_venues_id_fk" FOREIGN KEY ("venue_id") REFERENCES "public"."venues"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "venue_bookings" ADD CONSTRAINT "venue_bookings_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "venues" ADD CONSTRAINT "venues_university_id_universities_id_fk" FOREIGN KEY ("university_id") REFERENCES "public"."universities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "brochure_publications_uq" ON "brochure_publications" USING btree ("brochure_id","university_id");--> statement-breakpoint
CREATE INDEX "brochure_publications_university_idx" ON "brochure_publications" USING btree ("university_id","approved_at");--> statement-breakpoint
CREATE UNIQUE INDEX "brochure_versions_number_uq" ON "brochure_versions" USING btree ("brochure_id","version");--> statement-breakpoint
CREATE INDEX "brochures_company_idx" ON "brochures" USING btree ("company_id","updated_at");--> statement-breakpoint
CREATE INDEX "campus_faqs_company_idx" ON "campus_faqs" USING btree ("company_id","created_at");--> statement-breakpoint
CREATE INDEX "campus_questions_company_idx" ON "campus_questions" USING btree ("company_id","answered_at","created_at");--> statement-breakpoint
CREATE INDEX "campus_questions_seeker_idx" ON "campus_questions" USING btree ("seeker_account_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "job_fair_booths_code_uq" ON "job_fair_booths" USING btree ("fair_id","code");--> statement-breakpoint
CREATE INDEX "job_fair_registrations_fair_idx" ON "job_fair_registrations" USING btree ("fair_id","state","created_at");--> statement-breakpoint
CREATE INDEX "job_fair_registrations_company_idx" ON "job_fair_registrations" USING btree ("company_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "job_fair_registrations_one_current_uq" ON "job_fair_registrations" USING btree ("fair_id","company_id") WHERE state IN ('pending', 'approved');--> statement-breakpoint
CREATE UNIQUE INDEX "job_fair_registrations_booth_uq" ON "job_fair_registrations" USING btree ("booth_id") WHERE booth_id IS NOT NULL AND state = 'approved';--> statement-breakpoint
CREATE INDEX "job_fairs_university_idx" ON "job_fairs" USING btree ("university_id","starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "presentation_signups_one_per_student_uq" ON "presentation_signups" USING btree ("presentation_id","seeker_account_id");--> statement-breakpoint
CREATE INDEX "presentation_signups_seeker_idx" ON "presentation_signups" USING btree ("seeker_account_id","created_at");--> statement-breakpoint
CREATE INDEX "presentations_company_idx" ON "presentations" USING btree ("company_id","created_at");--> statement-breakpoint
CREATE INDEX "presentations_university_idx" ON "presentations" USING btree ("university_id","state","starts_at");--> statement-breakpoint
CREATE INDEX "venue_bookings_calendar_idx" ON "venue_bookings" USING btree ("university_id","starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "venue_bookings_source_uq" ON "venue_bookings" USING btree ("source_kind","source_id") WHERE source_id IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "venues_university_name_uq" ON "venues" USING btree ("university_id","campus","name");--> statement-breakpoint
-- The database refuses a double booking of a room (not expressible in drizzle's schema).
ALTER TABLE "venue_bookings" ADD CONSTRAINT "venue_bookings_no_overlap" EXCLUDE USING gist ("venue_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&);
