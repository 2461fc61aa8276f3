-- "Sessions" now means only activity sessions and "invitations" will also mean concert seats:
-- sign-in sessions become logins, invitations to join an organisation member invitations.
-- Renamed in place: rows, grants (tutti_app has no right on logins), row-level security and the
-- data-version trigger follow the table; names of constraints, indexes, policy and trigger are
-- renamed to match.
ALTER TABLE "auth_sessions" RENAME TO "logins";--> statement-breakpoint
ALTER TABLE "invitations" RENAME TO "member_invitations";--> statement-breakpoint
ALTER TABLE "logins" RENAME CONSTRAINT "auth_sessions_pkey" TO "logins_pkey";--> statement-breakpoint
ALTER TABLE "logins" RENAME CONSTRAINT "auth_sessions_user_id_users_id_fk" TO "logins_user_id_users_id_fk";--> statement-breakpoint
ALTER INDEX "auth_sessions_user_idx" RENAME TO "logins_user_idx";--> statement-breakpoint
ALTER TABLE "member_invitations" RENAME CONSTRAINT "invitations_pkey" TO "member_invitations_pkey";--> statement-breakpoint
ALTER TABLE "member_invitations" RENAME CONSTRAINT "invitations_org_id_organisations_id_fk" TO "member_invitations_org_id_organisations_id_fk";--> statement-breakpoint
ALTER TABLE "member_invitations" RENAME CONSTRAINT "invitations_invited_by_users_id_fk" TO "member_invitations_invited_by_users_id_fk";--> statement-breakpoint
ALTER INDEX "invitations_token_unique" RENAME TO "member_invitations_token_unique";--> statement-breakpoint
ALTER INDEX "invitations_org_idx" RENAME TO "member_invitations_org_idx";--> statement-breakpoint
ALTER POLICY "invitations_tenant_isolation" ON "member_invitations" RENAME TO "member_invitations_tenant_isolation";--> statement-breakpoint
ALTER TRIGGER "invitations_data_version" ON "member_invitations" RENAME TO "member_invitations_data_version";--> statement-breakpoint
-- Invitation e-mails already kept in the outbox carry the new kind.
UPDATE "outbox_messages" SET "kind" = 'member-invitation' WHERE "kind" = 'invitation';
