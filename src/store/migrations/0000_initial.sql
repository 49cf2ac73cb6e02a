CREATE TABLE "list_version_parties" (
	"version_id" bigint NOT NULL,
	"ordinal" integer NOT NULL,
	"listed_party_id" text NOT NULL,
	"reference_number" text NOT NULL,
	"record_hash" text NOT NULL,
	"party" jsonb NOT NULL,
	CONSTRAINT "list_version_parties_pk" PRIMARY KEY("version_id","listed_party_id")
);
--> statement-breakpoint
CREATE TABLE "list_versions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"hash" text NOT NULL,
	"format" text NOT NULL,
	"publisher" text NOT NULL,
	"generated_at" text,
	"imported_at" timestamp with time zone NOT NULL,
	"origin" text NOT NULL,
	"file_name" text NOT NULL,
	"bytes" integer NOT NULL,
	"counts" jsonb NOT NULL,
	"warnings" jsonb NOT NULL,
	"model_version" integer NOT NULL,
	"original_gz" "bytea",
	CONSTRAINT "list_versions_source_hash" UNIQUE("source","hash")
);
--> statement-breakpoint
CREATE TABLE "parties" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"org_id" text NOT NULL,
	"schema" text NOT NULL,
	"properties" jsonb NOT NULL,
	"data_hash" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "parties_org_id" UNIQUE("org_id")
);
--> statement-breakpoint
CREATE TABLE "screening_results" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"run_id" bigint,
	"party_id" bigint NOT NULL,
	"party_data_hash" text NOT NULL,
	"list_version_hash" text NOT NULL,
	"algorithm_version" text NOT NULL,
	"threshold" double precision NOT NULL,
	"top_score" double precision,
	"hits" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "screening_runs" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"list_source" text NOT NULL,
	"list_version_hash" text NOT NULL,
	"list_version_arrived_at" timestamp with time zone,
	"algorithm_version" text NOT NULL,
	"threshold" double precision NOT NULL,
	"actor" text NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone,
	"parties_screened" integer DEFAULT 0 NOT NULL,
	"alerts_raised" integer DEFAULT 0 NOT NULL,
	"stats" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "screening_runs_kind" CHECK ("screening_runs"."kind" in ('party-change', 'list-diff', 'full', 'manual'))
);
--> statement-breakpoint
CREATE TABLE "alerts" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"party_id" bigint NOT NULL,
	"case_id" bigint,
	"screening_result_id" bigint,
	"state" text NOT NULL,
	"state_reason" text,
	"score" double precision NOT NULL,
	"threshold" double precision NOT NULL,
	"algorithm_version" text NOT NULL,
	"explanation" jsonb NOT NULL,
	"list_source" text NOT NULL,
	"list_version_hash" text NOT NULL,
	"list_version_arrived_at" timestamp with time zone NOT NULL,
	"listed_party_id" text NOT NULL,
	"listed_party_ref" text NOT NULL,
	"listed_on" text,
	"listed_record_hash" text NOT NULL,
	"party_data_hash" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "alerts_state" CHECK ("alerts"."state" in ('open', 'in_review', 'escalated', 'closed_true_match', 'closed_false_positive'))
);
--> statement-breakpoint
CREATE TABLE "allow_list" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"party_id" bigint NOT NULL,
	"listed_party_id" text NOT NULL,
	"listed_record_hash" text NOT NULL,
	"party_data_hash" text NOT NULL,
	"decision_id" bigint NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoked_by" text
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"party_id" bigint NOT NULL,
	"state" text NOT NULL,
	"title" text NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone,
	CONSTRAINT "cases_state" CHECK ("cases"."state" in ('open', 'closed'))
);
--> statement-breakpoint
CREATE TABLE "decisions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"alert_id" bigint NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"from_state" text NOT NULL,
	"maker_user_id" bigint NOT NULL,
	"made_at" timestamp with time zone NOT NULL,
	"maker_note" text NOT NULL,
	"checker_user_id" bigint,
	"checked_at" timestamp with time zone,
	"checker_note" text,
	"allow_list_days" integer,
	CONSTRAINT "decisions_kind" CHECK ("decisions"."kind" in ('true_match', 'false_positive')),
	CONSTRAINT "decisions_status" CHECK ("decisions"."status" in ('pending', 'approved', 'rejected', 'withdrawn')),
	CONSTRAINT "decisions_four_eyes" CHECK ("decisions"."checker_user_id" is null or "decisions"."checker_user_id" <> "decisions"."maker_user_id")
);
--> statement-breakpoint
CREATE TABLE "freeze_records" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"party_id" bigint NOT NULL,
	"alert_id" bigint NOT NULL,
	"decision_id" bigint NOT NULL,
	"list_source" text NOT NULL,
	"listed_party_id" text NOT NULL,
	"listed_party_ref" text NOT NULL,
	"listed_on" text,
	"list_version_hash" text NOT NULL,
	"list_version_arrived_at" timestamp with time zone NOT NULL,
	"alert_at" timestamp with time zone NOT NULL,
	"decided_at" timestamp with time zone NOT NULL,
	"approved_at" timestamp with time zone NOT NULL,
	"frozen_at" timestamp with time zone NOT NULL,
	CONSTRAINT "freeze_records_alert" UNIQUE("alert_id")
);
--> statement-breakpoint
CREATE TABLE "audit_head" (
	"id" integer PRIMARY KEY NOT NULL,
	"seq" bigint NOT NULL,
	"hash" text NOT NULL,
	CONSTRAINT "audit_head_single_row" CHECK ("audit_head"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"seq" bigint PRIMARY KEY NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor" text NOT NULL,
	"action" text NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" text NOT NULL,
	"payload" jsonb NOT NULL,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL,
	CONSTRAINT "audit_log_hash" UNIQUE("hash")
);
--> statement-breakpoint
CREATE TABLE "api_keys" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"user_id" bigint NOT NULL,
	"name" text NOT NULL,
	"prefix" text NOT NULL,
	"key_hash" text NOT NULL,
	"role" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" text NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"revoked_by" text,
	CONSTRAINT "api_keys_prefix" UNIQUE("prefix"),
	CONSTRAINT "api_keys_role" CHECK ("api_keys"."role" in ('analyst', 'supervisor', 'admin', 'auditor'))
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"username" text NOT NULL,
	"display_name" text,
	"created_at" timestamp with time zone NOT NULL,
	"disabled_at" timestamp with time zone,
	CONSTRAINT "users_username" UNIQUE("username")
);
--> statement-breakpoint
ALTER TABLE "list_version_parties" ADD CONSTRAINT "list_version_parties_version_id_list_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."list_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_results" ADD CONSTRAINT "screening_results_run_id_screening_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."screening_runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_results" ADD CONSTRAINT "screening_results_party_id_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."parties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_party_id_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."parties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_screening_result_id_screening_results_id_fk" FOREIGN KEY ("screening_result_id") REFERENCES "public"."screening_results"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allow_list" ADD CONSTRAINT "allow_list_party_id_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."parties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allow_list" ADD CONSTRAINT "allow_list_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_party_id_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."parties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_alert_id_alerts_id_fk" FOREIGN KEY ("alert_id") REFERENCES "public"."alerts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_maker_user_id_users_id_fk" FOREIGN KEY ("maker_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_checker_user_id_users_id_fk" FOREIGN KEY ("checker_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "freeze_records" ADD CONSTRAINT "freeze_records_party_id_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."parties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "freeze_records" ADD CONSTRAINT "freeze_records_alert_id_alerts_id_fk" FOREIGN KEY ("alert_id") REFERENCES "public"."alerts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "freeze_records" ADD CONSTRAINT "freeze_records_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "list_version_parties_ref" ON "list_version_parties" USING btree ("version_id","reference_number");--> statement-breakpoint
CREATE INDEX "screening_results_party" ON "screening_results" USING btree ("party_id","created_at");--> statement-breakpoint
CREATE INDEX "screening_results_run" ON "screening_results" USING btree ("run_id");--> statement-breakpoint
CREATE INDEX "alerts_state_idx" ON "alerts" USING btree ("state","created_at");--> statement-breakpoint
CREATE INDEX "alerts_pair" ON "alerts" USING btree ("party_id","listed_party_id");--> statement-breakpoint
CREATE INDEX "alerts_listed_party" ON "alerts" USING btree ("listed_party_id");--> statement-breakpoint
CREATE UNIQUE INDEX "alerts_one_live_per_pair" ON "alerts" USING btree ("party_id","listed_party_id") WHERE "alerts"."state" not in ('closed_true_match', 'closed_false_positive');--> statement-breakpoint
CREATE INDEX "allow_list_pair" ON "allow_list" USING btree ("party_id","listed_party_id","created_at");--> statement-breakpoint
CREATE INDEX "cases_party" ON "cases" USING btree ("party_id");--> statement-breakpoint
CREATE UNIQUE INDEX "decisions_one_pending" ON "decisions" USING btree ("alert_id") WHERE "decisions"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "api_keys_user" ON "api_keys" USING btree ("user_id");