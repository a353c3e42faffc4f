CREATE TABLE "job_search_terms" (
	"term" text NOT NULL,
	"job_id" uuid NOT NULL,
	"published_at" timestamp (3) with time zone NOT NULL,
	"work_area" text NOT NULL,
	"education" text NOT NULL,
	"work_nature" text NOT NULL,
	"age_min" smallint NOT NULL,
	"age_max" smallint NOT NULL,
	"search_text" text,
	CONSTRAINT "job_search_terms_job_id_term_pk" PRIMARY KEY("job_id","term")
);
--> statement-breakpoint
ALTER TABLE "job_search_terms" ADD CONSTRAINT "job_search_terms_job_id_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."jobs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "job_search_terms_newest_idx" ON "job_search_terms" USING btree ("term","published_at","job_id","work_area","education","work_nature","age_min","age_max","search_text");--> statement-breakpoint
CREATE INDEX "job_search_terms_filters_idx" ON "job_search_terms" USING btree ("term","work_area","education","work_nature","age_min","age_max","published_at","job_id","search_text");