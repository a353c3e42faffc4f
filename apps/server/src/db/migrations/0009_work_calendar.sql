CREATE TABLE "work_calendar_overrides" (
	"date" date PRIMARY KEY NOT NULL,
	"working" boolean NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "review_requests" ADD COLUMN "overdue_notified_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "work_calendar_overrides" ADD CONSTRAINT "work_calendar_overrides_updated_by_accounts_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "review_requests_overdue_idx" ON "review_requests" USING btree ("due_at") WHERE state = 'pending' AND overdue_notified_at IS NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "review_requests_one_pending_entry_idx" ON "review_requests" USING btree ("subject_id","reviewer_university_id") WHERE kind = 'university_entry' AND state = 'pending';