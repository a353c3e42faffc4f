CREATE TABLE "cloud_presentation_viewers" (
	"presentation_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cloud_presentation_viewers_presentation_id_account_id_pk" PRIMARY KEY("presentation_id","account_id")
);
--> statement-breakpoint
CREATE TABLE "video_fair_room_checks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"registration_id" uuid NOT NULL,
	"room" integer NOT NULL,
	"kind" text NOT NULL,
	"account_id" uuid NOT NULL,
	"result" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "cloud_presentation_viewers" ADD CONSTRAINT "cloud_presentation_viewers_presentation_id_cloud_presentations_id_fk" FOREIGN KEY ("presentation_id") REFERENCES "public"."cloud_presentations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cloud_presentation_viewers" ADD CONSTRAINT "cloud_presentation_viewers_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "video_fair_room_checks" ADD CONSTRAINT "video_fair_room_checks_registration_id_video_fair_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."video_fair_registrations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "video_fair_room_checks" ADD CONSTRAINT "video_fair_room_checks_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cloud_presentation_viewers_seen_idx" ON "cloud_presentation_viewers" USING btree ("presentation_id","last_seen_at");--> statement-breakpoint
CREATE INDEX "video_fair_room_checks_idx" ON "video_fair_room_checks" USING btree ("registration_id","kind","created_at");