ALTER TABLE "payment_orders" ADD COLUMN "refund_status" text;--> statement-breakpoint
ALTER TABLE "payment_orders" ADD COLUMN "refund_settled_at" timestamp with time zone;