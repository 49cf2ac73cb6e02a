CREATE TABLE "monitoring_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"event_id" text NOT NULL,
	"kind" text NOT NULL,
	"event" jsonb NOT NULL,
	"event_hash" text NOT NULL,
	"occurred_at" timestamp with time zone,
	"received_at" timestamp with time zone NOT NULL,
	"processed_at" timestamp with time zone,
	"outcome" text,
	"rule_pack_versions" jsonb,
	"decision" jsonb,
	CONSTRAINT "monitoring_events_outcome" CHECK ("monitoring_events"."outcome" is null or "monitoring_events"."outcome" in ('allow', 'alert', 'block', 'refuse'))
);
--> statement-breakpoint
CREATE TABLE "rule_alerts" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"monitoring_event_id" bigint NOT NULL,
	"case_id" bigint,
	"pack" text NOT NULL,
	"pack_version" text NOT NULL,
	"rule_id" text NOT NULL,
	"reason_code" text NOT NULL,
	"severity" text NOT NULL,
	"evidence" jsonb NOT NULL,
	"hard_control" text,
	"state" text NOT NULL,
	"state_reason" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "rule_alerts_state" CHECK ("rule_alerts"."state" in ('open', 'in_review', 'escalated', 'closed_true_match', 'closed_false_positive'))
);
--> statement-breakpoint
CREATE TABLE "reports" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"case_id" bigint,
	"kind" text NOT NULL,
	"report_code" text NOT NULL,
	"profile" text,
	"state" text NOT NULL,
	"maker" text NOT NULL,
	"checker" text,
	"media_type" text NOT NULL,
	"content" text NOT NULL,
	"sha256" text NOT NULL,
	"bytes" integer NOT NULL,
	"validation_errors" jsonb NOT NULL,
	"history" jsonb NOT NULL,
	"due_at" timestamp with time zone,
	"authority_reference" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"filed_at" timestamp with time zone,
	CONSTRAINT "reports_kind" CHECK ("reports"."kind" in ('goaml', 'freeze', 'interdiction', 'cultural-property')),
	CONSTRAINT "reports_state" CHECK ("reports"."state" in ('prepared', 'approved', 'returned', 'filed')),
	CONSTRAINT "reports_four_eyes" CHECK ("reports"."checker" is null or "reports"."checker" <> "reports"."maker")
);
--> statement-breakpoint
ALTER TABLE "cases" ALTER COLUMN "party_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "rule_alerts" ADD CONSTRAINT "rule_alerts_monitoring_event_id_monitoring_events_id_fk" FOREIGN KEY ("monitoring_event_id") REFERENCES "public"."monitoring_events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rule_alerts" ADD CONSTRAINT "rule_alerts_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "monitoring_events_event_id" ON "monitoring_events" USING btree ("kind","event_id");--> statement-breakpoint
CREATE INDEX "monitoring_events_received" ON "monitoring_events" USING btree ("received_at");--> statement-breakpoint
CREATE INDEX "rule_alerts_state_idx" ON "rule_alerts" USING btree ("state","created_at");--> statement-breakpoint
CREATE INDEX "rule_alerts_rule" ON "rule_alerts" USING btree ("pack","rule_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "rule_alerts_one_live_per_event_rule" ON "rule_alerts" USING btree ("monitoring_event_id","rule_id") WHERE "rule_alerts"."state" not in ('closed_true_match', 'closed_false_positive');--> statement-breakpoint
CREATE INDEX "reports_case" ON "reports" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "reports_state_idx" ON "reports" USING btree ("state","created_at");