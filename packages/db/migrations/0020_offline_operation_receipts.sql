CREATE TABLE "offline_operations" (
	"op_id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"device_id" text NOT NULL,
	"user_id" uuid,
	"recorded_at" timestamp with time zone NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "offline_operations" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "offline_operations" ADD CONSTRAINT "offline_operations_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "offline_operations_device_idx" ON "offline_operations" USING btree ("org_id","device_id","received_at");--> statement-breakpoint
CREATE POLICY "offline_operations_tenant_isolation" ON "offline_operations" AS PERMISSIVE FOR ALL TO "tutti_app" USING (org_id = tutti_org_id()) WITH CHECK (org_id = tutti_org_id());
--> statement-breakpoint
-- Attendance operations received before the log existed keep answering `duplicate` when a device
-- sends them again: each gets its receipt.
INSERT INTO "offline_operations" ("op_id", "org_id", "kind", "device_id", "user_id", "recorded_at", "received_at")
  SELECT "op_id", "org_id", 'attendance.' || "kind", "device_id", "user_id", "recorded_at", "received_at"
  FROM "attendance_operations"
  ON CONFLICT DO NOTHING;
