CREATE TABLE "monitoring_history" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"monitoring_event_id" bigint NOT NULL,
	"event_id" text NOT NULL,
	"date" text NOT NULL,
	"party_key" text NOT NULL,
	"kind" text NOT NULL,
	"counterparty" text,
	"usd_minor" bigint,
	"quantity_m3" double precision,
	"tags" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rule_alert_decisions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"rule_alert_id" bigint NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"from_state" text NOT NULL,
	"maker_user_id" bigint NOT NULL,
	"made_at" timestamp with time zone NOT NULL,
	"maker_note" text NOT NULL,
	"checker_user_id" bigint,
	"checked_at" timestamp with time zone,
	"checker_note" text,
	CONSTRAINT "rule_alert_decisions_kind" CHECK ("rule_alert_decisions"."kind" in ('true_match', 'false_positive')),
	CONSTRAINT "rule_alert_decisions_status" CHECK ("rule_alert_decisions"."status" in ('pending', 'approved', 'rejected', 'withdrawn')),
	CONSTRAINT "rule_alert_decisions_four_eyes" CHECK ("rule_alert_decisions"."checker_user_id" is null or "rule_alert_decisions"."checker_user_id" <> "rule_alert_decisions"."maker_user_id")
);
--> statement-breakpoint
ALTER TABLE "monitoring_history" ADD CONSTRAINT "monitoring_history_monitoring_event_id_monitoring_events_id_fk" FOREIGN KEY ("monitoring_event_id") REFERENCES "public"."monitoring_events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rule_alert_decisions" ADD CONSTRAINT "rule_alert_decisions_rule_alert_id_rule_alerts_id_fk" FOREIGN KEY ("rule_alert_id") REFERENCES "public"."rule_alerts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rule_alert_decisions" ADD CONSTRAINT "rule_alert_decisions_maker_user_id_users_id_fk" FOREIGN KEY ("maker_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rule_alert_decisions" ADD CONSTRAINT "rule_alert_decisions_checker_user_id_users_id_fk" FOREIGN KEY ("checker_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "monitoring_history_party" ON "monitoring_history" USING btree ("party_key","kind","date");--> statement-breakpoint
CREATE INDEX "monitoring_history_event" ON "monitoring_history" USING btree ("monitoring_event_id");--> statement-breakpoint
CREATE UNIQUE INDEX "rule_alert_decisions_one_pending" ON "rule_alert_decisions" USING btree ("rule_alert_id") WHERE "rule_alert_decisions"."status" = 'pending';