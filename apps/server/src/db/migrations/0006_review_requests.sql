CREATE TABLE "review_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"state" text DEFAULT 'pending' NOT NULL,
	"subject_id" uuid NOT NULL,
	"applicant_account_id" uuid NOT NULL,
	"applicant_company_id" uuid,
	"reviewer_kind" text NOT NULL,
	"reviewer_university_id" uuid,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"reason" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"due_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "review_requests_reviewer_matches_kind" CHECK ((reviewer_kind = 'university') = (reviewer_university_id IS NOT NULL))
);
--> statement-breakpoint
ALTER TABLE "review_requests" ADD CONSTRAINT "review_requests_applicant_account_id_accounts_id_fk" FOREIGN KEY ("applicant_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_requests" ADD CONSTRAINT "review_requests_applicant_company_id_companies_id_fk" FOREIGN KEY ("applicant_company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_requests" ADD CONSTRAINT "review_requests_reviewer_university_id_universities_id_fk" FOREIGN KEY ("reviewer_university_id") REFERENCES "public"."universities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_requests" ADD CONSTRAINT "review_requests_decided_by_accounts_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "review_requests_queue_idx" ON "review_requests" USING btree ("reviewer_kind","reviewer_university_id","state","kind","created_at");--> statement-breakpoint
CREATE INDEX "review_requests_subject_idx" ON "review_requests" USING btree ("subject_id","kind","state");--> statement-breakpoint
CREATE INDEX "review_requests_applicant_idx" ON "review_requests" USING btree ("applicant_account_id","kind","state");--> statement-breakpoint
CREATE INDEX "review_requests_company_idx" ON "review_requests" USING btree ("applicant_company_id");--> statement-breakpoint
-- ADR 011: every platform review moves to the one review table, keeping its id (notifications and
-- the employer console refer to requests by id). Each kind's own columns become its payload.
INSERT INTO "review_requests" ("id", "kind", "state", "subject_id", "applicant_account_id", "applicant_company_id", "reviewer_kind", "reviewer_university_id", "payload", "reason", "decided_by", "decided_at", "due_at", "created_at")
SELECT "id", "kind", "state", "company_id", "applicant_account_id", "company_id", 'platform', NULL,
  CASE "kind"
    WHEN 'new_company' THEN jsonb_build_object('company', "company_data", 'applicantDepartment', "applicant_department", 'universityIds', "university_ids")
    WHEN 'admin_application' THEN jsonb_build_object('applicantDepartment', "applicant_department", 'fileIds', "file_ids", 'universityIds', "university_ids")
    ELSE jsonb_strip_nulls(jsonb_build_object('company', "company_data" - 'previous', 'previous', "company_data" -> 'previous'))
  END,
  "reason", "decided_by", "decided_at", NULL, "created_at"
FROM "company_registration_requests";
