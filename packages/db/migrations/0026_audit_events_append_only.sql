-- The audit log is appended to and read by the application; only the owner (the retention purge)
-- deletes from it. It raises no data version: a read of access needs records itself there, and
-- must not throw away the organisation's cached answers (see UNVERSIONED_TABLES).
REVOKE UPDATE, DELETE, TRUNCATE ON "audit_events" FROM tutti_app;--> statement-breakpoint
DROP TRIGGER IF EXISTS "audit_events_data_version" ON "audit_events";
