CREATE TABLE "network_news" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"member_org_id" uuid NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"link" text,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "network_news" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "network_news" ADD CONSTRAINT "network_news_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_news" ADD CONSTRAINT "network_news_member_org_id_organisations_id_fk" FOREIGN KEY ("member_org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "network_news_feed_idx" ON "network_news" USING btree ("network_id","published_at");--> statement-breakpoint
CREATE INDEX "network_news_org_idx" ON "network_news" USING btree ("member_org_id");