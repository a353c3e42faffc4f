-- Campus issue §3: 入驻高校 becomes the `university_entry` review kind (ADR 011). Each sign-up pick
-- moves to review_requests keeping its id: the company is the subject, the university the reviewer,
-- the applicant the company's 单位管理员 (or its first account), the payload the kind's. One pending
-- request per company and university (review_requests_one_pending_entry_idx): duplicates of a
-- pending pick keep the oldest.
INSERT INTO "review_requests" ("id", "kind", "state", "subject_id", "applicant_account_id", "applicant_company_id", "reviewer_kind", "reviewer_university_id", "payload", "created_at")
SELECT DISTINCT ON (e."company_id", e."university_id", CASE WHEN e."state" = 'pending' THEN e."company_id" ELSE e."id" END)
  e."id", 'university_entry', e."state", e."company_id", a."id", e."company_id", 'university', e."university_id",
  jsonb_build_object('universityName', u."name", 'source', 'registration'), e."created_at"
FROM "university_entry_requests" e
JOIN "universities" u ON u."id" = e."university_id"
JOIN LATERAL (
  SELECT "id" FROM "accounts" WHERE "company_id" = e."company_id"
  ORDER BY ("company_role" = 'admin') DESC, "created_at" LIMIT 1
) a ON true
ORDER BY e."company_id", e."university_id", CASE WHEN e."state" = 'pending' THEN e."company_id" ELSE e."id" END, e."created_at";
--> statement-breakpoint
DROP TABLE "university_entry_requests" CASCADE;
