-- Credentials are handled only by the authentication service, never by tenant code.
REVOKE ALL ON "auth_sessions", "account_tokens" FROM tutti_app;
--> statement-breakpoint
REVOKE ALL ON "users" FROM tutti_app;
--> statement-breakpoint
GRANT SELECT ("id", "email", "display_name", "locale", "created_at") ON "users" TO tutti_app;
