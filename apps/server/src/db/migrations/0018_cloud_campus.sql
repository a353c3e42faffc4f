CREATE TABLE "cloud_presentation_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"presentation_id" uuid NOT NULL,
	"author_account_id" uuid NOT NULL,
	"author_kind" text NOT NULL,
	"body" text NOT NULL,
	"hidden_at" timestamp with time zone,
	"hidden_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cloud_presentation_mutes" (
	"presentation_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"muted_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cloud_presentation_targets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"presentation_id" uuid NOT NULL,
	"university_id" uuid NOT NULL,
	"company_id" uuid NOT NULL,
	"state" text DEFAULT 'pending' NOT NULL,
	"review_request_id" uuid,
	"reject_reason" text,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cloud_presentations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"applicant_account_id" uuid NOT NULL,
	"format" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone,
	"job_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"video_file_id" uuid,
	"poster_file_id" uuid,
	"duration_seconds" integer,
	"live_state" text,
	"live_started_at" timestamp with time zone,
	"live_ended_at" timestamp with time zone,
	"media_provider" text,
	"media_room" text,
	"recording_file_id" uuid,
	"withdrawn_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cloud_presentations_live_end" CHECK (format <> 'live' OR (ends_at IS NOT NULL AND ends_at > starts_at)),
	CONSTRAINT "cloud_presentations_recorded_video" CHECK (format <> 'recorded' OR video_file_id IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "media_signals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_kind" text NOT NULL,
	"session_id" uuid NOT NULL,
	"from_account_id" uuid NOT NULL,
	"to_account_id" uuid NOT NULL,
	"peer_id" text NOT NULL,
	"kind" text NOT NULL,
	"payload" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "video_fair_interviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"fair_id" uuid NOT NULL,
	"registration_id" uuid NOT NULL,
	"company_id" uuid NOT NULL,
	"seeker_account_id" uuid NOT NULL,
	"room" integer DEFAULT 1 NOT NULL,
	"job_id" uuid,
	"origin" text NOT NULL,
	"message" text DEFAULT '' NOT NULL,
	"state" text NOT NULL,
	"answered_at" timestamp with time zone,
	"queued_at" timestamp with time zone,
	"last_seen_at" timestamp with time zone,
	"dropped_at" timestamp with time zone,
	"called_at" timestamp with time zone,
	"called_by" uuid,
	"joined_at" timestamp with time zone,
	"slot_ends_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"medium" text,
	"score" integer,
	"tags" jsonb,
	"comment" text,
	"next_step" text,
	"evaluated_at" timestamp with time zone,
	"evaluated_by" uuid,
	"application_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "video_fair_interviews_score" CHECK (score IS NULL OR score BETWEEN 1 AND 5)
);
--> statement-breakpoint
CREATE TABLE "video_fair_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"interview_id" uuid NOT NULL,
	"sender" text NOT NULL,
	"sender_account_id" uuid NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "video_fair_registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"fair_id" uuid NOT NULL,
	"company_id" uuid NOT NULL,
	"applicant_account_id" uuid NOT NULL,
	"mode" text NOT NULL,
	"requirements" text NOT NULL,
	"job_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"interviewers" jsonb NOT NULL,
	"wants_invoice" boolean DEFAULT false NOT NULL,
	"agreed_at" timestamp with time zone NOT NULL,
	"fee_points" integer NOT NULL,
	"paid_with" text NOT NULL,
	"payment_order_id" uuid,
	"paid_at" timestamp with time zone,
	"request_key" text NOT NULL,
	"state" text NOT NULL,
	"review_request_id" uuid,
	"reject_reason" text,
	"refunded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "video_fair_students" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"fair_id" uuid NOT NULL,
	"seeker_account_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "video_fairs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"university_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"slot_minutes" integer NOT NULL,
	"registration_deadline" timestamp with time zone NOT NULL,
	"fee_points" integer DEFAULT 0 NOT NULL,
	"capacity" integer NOT NULL,
	"registered_count" integer DEFAULT 0 NOT NULL,
	"agreement_text" text NOT NULL,
	"allow_video" boolean DEFAULT true NOT NULL,
	"allow_text" boolean DEFAULT true NOT NULL,
	"state" text DEFAULT 'published' NOT NULL,
	"cancel_reason" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "video_fairs_time_order" CHECK (ends_at > starts_at AND registration_deadline <= ends_at),
	CONSTRAINT "video_fairs_slot" CHECK (slot_minutes BETWEEN 5 AND 120),
	CONSTRAINT "video_fairs_fee" CHECK (fee_points >= 0),
	CONSTRAINT "video_fairs_capacity" CHECK (capacity > 0 AND registered_count >= 0 AND registered_count <= capacity),
	CONSTRAINT "video_fairs_some_mode" CHECK (allow_video OR allow_text)
);
--> statement-breakpoint
ALTER TABLE "cloud_presentation_comments" ADD CONSTRAINT "cloud_presentation_comments_presentation_id_cloud_presentations_id_fk" FOREIGN KEY ("presentation_id") REFERENCES "public"."cloud_presentations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cloud_presentation_comments" ADD CONSTRAINT "cloud_presentation_comments_author_account_id_accounts_id_fk" FOREIGN KEY ("author_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cloud_presentation_comments" ADD CONSTRAINT "cloud_presentation_comments_hidden_by_accounts_id_fk" FOREIGN KEY ("hidden_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cloud_presentation_mutes" ADD CONSTRAINT "cloud_presentation_mutes_presentation_id_cloud_presentations_id_fk" FOREIGN KEY ("presentation_id") REFERENCES "public"."cloud_presentations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cloud_presentation_mutes" ADD CONSTRAINT "cloud_presentation_mutes_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cloud_presentation_mutes" ADD CONSTRAINT "cloud_presentation_mutes_muted_by_accounts_id_fk" FOREIGN KEY ("muted_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cloud_presentation_targets" ADD CONSTRAINT "cloud_presentation_targets_presentation_id_cloud_presentations_id_fk" FOREIGN KEY ("presentation_id") REFERENCES "public"."cloud_presentations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cloud_presentation_targets" ADD CONSTRAINT "cloud_presentation_targets_university_id_universities_id_fk" FOREIGN KEY ("university_id") REFERENCES "public"."universities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cloud_presentation_targets" ADD CONSTRAINT "cloud_presentation_targets_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cloud_presentation_targets" ADD CONSTRAINT "cloud_presentation_targets_review_request_id_review_requests_id_fk" FOREIGN KEY ("review_request_id") REFERENCES "public"."review_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cloud_presentations" ADD CONSTRAINT "cloud_presentations_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cloud_presentations" ADD CONSTRAINT "cloud_presentations_applicant_account_id_accounts_id_fk" FOREIGN KEY ("applicant_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cloud_presentations" ADD CONSTRAINT "cloud_presentations_video_file_id_stored_files_id_fk" FOREIGN KEY ("video_file_id") REFERENCES "public"."stored_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cloud_presentations" ADD CONSTRAINT "cloud_presentations_poster_file_id_stored_files_id_fk" FOREIGN KEY ("poster_file_id") REFERENCES "public"."stored_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cloud_presentations" ADD CONSTRAINT "cloud_presentations_recording_file_id_stored_files_id_fk" FOREIGN KEY ("recording_file_id") REFERENCES "public"."stored_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "media_signals" ADD CONSTRAINT "media_signals_from_account_id_accounts_id_fk" FOREIGN KEY ("from_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "media_signals" ADD CONSTRAINT "media_signals_to_account_id_accounts_id_fk" FOREIGN KEY ("to_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "video_fair_interviews" ADD CONSTRAINT "video_fair_interviews_fair_id_video_fairs_id_fk" FOREIGN KEY ("fair_id") REFERENCES "public"."video_fairs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "video_fair_interviews" ADD CONSTRAINT "video_fair_interviews_registration_id_video_fair_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."video_fair_registrations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "video_fair_interviews" ADD CONSTRAINT "video_fair_interviews_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "video_fair_interviews" ADD CONSTRAINT "video_fair_interviews_seeker_account_id_accounts_id_fk" FOREIGN KEY ("seeker_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "video_fair_interviews" ADD CONSTRAINT "video_fair_interviews_called_by_accounts_id_fk" FOREIGN KEY ("called_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "video_fair_interviews" ADD CONSTRAINT "video_fair_interviews_evaluated_by_accounts_id_fk" FOREIGN KEY ("evaluated_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "video_fair_interviews" ADD CONSTRAINT "video_fair_interviews_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "video_fair_interviews" ADD CONSTRAINT "video_fair_interviews_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "video_fair_messages" ADD CONSTRAINT "video_fair_messages_interview_id_video_fair_interviews_id_fk" FOREIGN KEY ("interview_id") REFERENCES "public"."video_fair_interviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "video_fair_messages" ADD CONSTRAINT "video_fair_messages_sender_account_id_accounts_id_fk" FOREIGN KEY ("sender_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "video_fair_registrations" ADD CONSTRAINT "video_fair_registrations_fair_id_video_fairs_id_fk" FOREIGN KEY ("fair_id") REFERENCES "public"."video_fairs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "video_fair_registrations" ADD CONSTRAINT "video_fair_registrations_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "video_fair_registrations" ADD CONSTRAINT "video_fair_registrations_applicant_account_id_accounts_id_fk" FOREIGN KEY ("applicant_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "video_fair_registrations" ADD CONSTRAINT "video_fair_registrations_payment_order_id_payment_orders_id_fk" FOREIGN KEY ("payment_order_id") REFERENCES "public"."payment_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "video_fair_registrations" ADD CONSTRAINT "video_fair_registrations_review_request_id_review_requests_id_fk" FOREIGN KEY ("review_request_id") REFERENCES "public"."review_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "video_fair_students" ADD CONSTRAINT "video_fair_students_fair_id_video_fairs_id_fk" FOREIGN KEY ("fair_id") REFERENCES "public"."video_fairs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "video_fair_students" ADD CONSTRAINT "video_fair_students_seeker_account_id_accounts_id_fk" FOREIGN KEY ("seeker_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "video_fairs" ADD CONSTRAINT "video_fairs_university_id_universities_id_fk" FOREIGN KEY ("university_id") REFERENCES "public"."universities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "video_fairs" ADD CONSTRAINT "video_fairs_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cloud_presentation_comments_idx" ON "cloud_presentation_comments" USING btree ("presentation_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "cloud_presentation_mutes_uq" ON "cloud_presentation_mutes" USING btree ("presentation_id","account_id");--> statement-breakpoint
CREATE UNIQUE INDEX "cloud_presentation_targets_uq" ON "cloud_presentation_targets" USING btree ("presentation_id","university_id");--> statement-breakpoint
CREATE INDEX "cloud_presentation_targets_university_idx" ON "cloud_presentation_targets" USING btree ("university_id","state");--> statement-breakpoint
CREATE INDEX "cloud_presentations_company_idx" ON "cloud_presentations" USING btree ("company_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "media_signals_to_idx" ON "media_signals" USING btree ("to_account_id","session_kind","session_id","created_at");--> statement-breakpoint
CREATE INDEX "media_signals_created_idx" ON "media_signals" USING btree ("created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "video_fair_interviews_one_open_uq" ON "video_fair_interviews" USING btree ("fair_id","company_id","seeker_account_id") WHERE state IN ('invited', 'applied', 'queued', 'in_progress');--> statement-breakpoint
CREATE INDEX "video_fair_interviews_queue_idx" ON "video_fair_interviews" USING btree ("registration_id","room","state","queued_at");--> statement-breakpoint
CREATE INDEX "video_fair_interviews_seeker_idx" ON "video_fair_interviews" USING btree ("seeker_account_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "video_fair_messages_idx" ON "video_fair_messages" USING btree ("interview_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "video_fair_registrations_request_key_uq" ON "video_fair_registrations" USING btree ("company_id","request_key");--> statement-breakpoint
CREATE UNIQUE INDEX "video_fair_registrations_one_live_uq" ON "video_fair_registrations" USING btree ("fair_id","company_id") WHERE state IN ('awaiting_payment', 'pending', 'approved');--> statement-breakpoint
CREATE INDEX "video_fair_registrations_fair_idx" ON "video_fair_registrations" USING btree ("fair_id","state");--> statement-breakpoint
CREATE INDEX "video_fair_registrations_company_idx" ON "video_fair_registrations" USING btree ("company_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "video_fair_students_uq" ON "video_fair_students" USING btree ("fair_id","seeker_account_id");--> statement-breakpoint
CREATE INDEX "video_fair_students_seeker_idx" ON "video_fair_students" USING btree ("seeker_account_id");--> statement-breakpoint
CREATE INDEX "video_fairs_university_idx" ON "video_fairs" USING btree ("university_id","starts_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "video_fairs_time_idx" ON "video_fairs" USING btree ("state","starts_at");