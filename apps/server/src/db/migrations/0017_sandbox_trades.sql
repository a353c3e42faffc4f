CREATE TABLE "sandbox_trades" (
	"out_trade_no" text PRIMARY KEY NOT NULL,
	"amount_fen" bigint NOT NULL,
	"description" text NOT NULL,
	"state" text NOT NULL,
	"transaction_id" text,
	"paid_at" timestamp with time zone,
	"refunds" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
