import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`articles_credits\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`role\` text,
  	\`user_id\` integer,
  	\`name\` text,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_credits_order_idx\` ON \`articles_credits\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`articles_credits_parent_id_idx\` ON \`articles_credits\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_credits_user_idx\` ON \`articles_credits\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`articles_review_approvals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`stage\` text,
  	\`reviewer_id\` integer,
  	\`reviewer_name\` text,
  	\`opinion\` text,
  	\`version_hash\` text,
  	\`at\` text,
  	FOREIGN KEY (\`reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_review_approvals_order_idx\` ON \`articles_review_approvals\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`articles_review_approvals_parent_id_idx\` ON \`articles_review_approvals\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_review_approvals_reviewer_idx\` ON \`articles_review_approvals\` (\`reviewer_id\`);`)
  await db.run(sql`CREATE TABLE \`articles_review_proofreading\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`round\` numeric,
  	\`proofreader_id\` integer,
  	\`corrections\` numeric,
  	\`note\` text,
  	\`at\` text,
  	FOREIGN KEY (\`proofreader_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_review_proofreading_order_idx\` ON \`articles_review_proofreading\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`articles_review_proofreading_parent_id_idx\` ON \`articles_review_proofreading\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_review_proofreading_proofreader_idx\` ON \`articles_review_proofreading\` (\`proofreader_id\`);`)
  await db.run(sql`CREATE TABLE \`articles\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`kicker\` text,
  	\`title\` text,
  	\`subtitle\` text,
  	\`summary\` text,
  	\`unit_id\` integer,
  	\`column_id\` integer,
  	\`cover_id\` integer,
  	\`source\` text,
  	\`scheduled_at\` text,
  	\`embargo_until\` text,
  	\`correction_notice\` text,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`author_id\` integer,
  	\`review_seq\` numeric DEFAULT 0,
  	\`review_round\` numeric DEFAULT 0,
  	\`review_final_authority\` text,
  	\`review_submitted_at\` text,
  	\`review_return_reason\` text,
  	\`review_approved_hash\` text,
  	\`review_approved_at\` text,
  	\`review_checks\` text,
  	\`review_warnings_acknowledged\` integer,
  	\`body\` text,
  	\`wechat_title\` text,
  	\`wechat_author\` text,
  	\`wechat_digest\` text,
  	\`wechat_cover_id\` integer,
  	\`wechat_theme\` text,
  	\`wechat_comments\` text,
  	\`wechat_source_url\` text,
  	\`weibo_text\` text,
  	\`weibo_picture_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`column_id\`) REFERENCES \`columns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`wechat_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`weibo_picture_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_unit_idx\` ON \`articles\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_column_idx\` ON \`articles\` (\`column_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_cover_idx\` ON \`articles\` (\`cover_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_workflow_state_idx\` ON \`articles\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`articles_author_idx\` ON \`articles\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_review_review_approved_hash_idx\` ON \`articles\` (\`review_approved_hash\`);`)
  await db.run(sql`CREATE INDEX \`articles_wechat_wechat_cover_idx\` ON \`articles\` (\`wechat_cover_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_weibo_weibo_picture_idx\` ON \`articles\` (\`weibo_picture_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_updated_at_idx\` ON \`articles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_at_idx\` ON \`articles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`articles__status_idx\` ON \`articles\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`articles_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_texts_order_parent\` ON \`articles_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`articles_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`channel_accounts_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`channel_accounts_id\`) REFERENCES \`channel_accounts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_rels_order_idx\` ON \`articles_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_parent_idx\` ON \`articles_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_path_idx\` ON \`articles_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_channel_accounts_id_idx\` ON \`articles_rels\` (\`channel_accounts_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_version_credits\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`role\` text,
  	\`user_id\` integer,
  	\`name\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_version_credits_order_idx\` ON \`_articles_v_version_credits\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_credits_parent_id_idx\` ON \`_articles_v_version_credits\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_credits_user_idx\` ON \`_articles_v_version_credits\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_version_review_approvals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`stage\` text,
  	\`reviewer_id\` integer,
  	\`reviewer_name\` text,
  	\`opinion\` text,
  	\`version_hash\` text,
  	\`at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_version_review_approvals_order_idx\` ON \`_articles_v_version_review_approvals\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_review_approvals_parent_id_idx\` ON \`_articles_v_version_review_approvals\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_review_approvals_reviewer_idx\` ON \`_articles_v_version_review_approvals\` (\`reviewer_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_version_review_proofreading\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`round\` numeric,
  	\`proofreader_id\` integer,
  	\`corrections\` numeric,
  	\`note\` text,
  	\`at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`proofreader_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_version_review_proofreading_order_idx\` ON \`_articles_v_version_review_proofreading\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_review_proofreading_parent_id_idx\` ON \`_articles_v_version_review_proofreading\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_review_proofreading_proofreader_idx\` ON \`_articles_v_version_review_proofreading\` (\`proofreader_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_kicker\` text,
  	\`version_title\` text,
  	\`version_subtitle\` text,
  	\`version_summary\` text,
  	\`version_unit_id\` integer,
  	\`version_column_id\` integer,
  	\`version_cover_id\` integer,
  	\`version_source\` text,
  	\`version_scheduled_at\` text,
  	\`version_embargo_until\` text,
  	\`version_correction_notice\` text,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_author_id\` integer,
  	\`version_review_seq\` numeric DEFAULT 0,
  	\`version_review_round\` numeric DEFAULT 0,
  	\`version_review_final_authority\` text,
  	\`version_review_submitted_at\` text,
  	\`version_review_return_reason\` text,
  	\`version_review_approved_hash\` text,
  	\`version_review_approved_at\` text,
  	\`version_review_checks\` text,
  	\`version_review_warnings_acknowledged\` integer,
  	\`version_body\` text,
  	\`version_wechat_title\` text,
  	\`version_wechat_author\` text,
  	\`version_wechat_digest\` text,
  	\`version_wechat_cover_id\` integer,
  	\`version_wechat_theme\` text,
  	\`version_wechat_comments\` text,
  	\`version_wechat_source_url\` text,
  	\`version_weibo_text\` text,
  	\`version_weibo_picture_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_column_id\`) REFERENCES \`columns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_wechat_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_weibo_picture_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_parent_idx\` ON \`_articles_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_unit_idx\` ON \`_articles_v\` (\`version_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_column_idx\` ON \`_articles_v\` (\`version_column_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_cover_idx\` ON \`_articles_v\` (\`version_cover_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_workflow_state_idx\` ON \`_articles_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_author_idx\` ON \`_articles_v\` (\`version_author_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_review_version_review_approved_hash_idx\` ON \`_articles_v\` (\`version_review_approved_hash\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_wechat_version_wechat_cover_idx\` ON \`_articles_v\` (\`version_wechat_cover_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_weibo_version_weibo_picture_idx\` ON \`_articles_v\` (\`version_weibo_picture_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_updated_at_idx\` ON \`_articles_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_created_at_idx\` ON \`_articles_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version__status_idx\` ON \`_articles_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_created_at_idx\` ON \`_articles_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_updated_at_idx\` ON \`_articles_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_latest_idx\` ON \`_articles_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_texts_order_parent\` ON \`_articles_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`channel_accounts_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`channel_accounts_id\`) REFERENCES \`channel_accounts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_order_idx\` ON \`_articles_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_parent_idx\` ON \`_articles_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_path_idx\` ON \`_articles_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_channel_accounts_id_idx\` ON \`_articles_v_rels\` (\`channel_accounts_id\`);`)
  await db.run(sql`CREATE TABLE \`videos_credits\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`role\` text,
  	\`user_id\` integer,
  	\`name\` text,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`videos_credits_order_idx\` ON \`videos_credits\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`videos_credits_parent_id_idx\` ON \`videos_credits\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`videos_credits_user_idx\` ON \`videos_credits\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`videos_review_approvals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`stage\` text,
  	\`reviewer_id\` integer,
  	\`reviewer_name\` text,
  	\`opinion\` text,
  	\`version_hash\` text,
  	\`at\` text,
  	FOREIGN KEY (\`reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`videos_review_approvals_order_idx\` ON \`videos_review_approvals\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`videos_review_approvals_parent_id_idx\` ON \`videos_review_approvals\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`videos_review_approvals_reviewer_idx\` ON \`videos_review_approvals\` (\`reviewer_id\`);`)
  await db.run(sql`CREATE TABLE \`videos_review_proofreading\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`round\` numeric,
  	\`proofreader_id\` integer,
  	\`corrections\` numeric,
  	\`note\` text,
  	\`at\` text,
  	FOREIGN KEY (\`proofreader_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`videos_review_proofreading_order_idx\` ON \`videos_review_proofreading\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`videos_review_proofreading_parent_id_idx\` ON \`videos_review_proofreading\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`videos_review_proofreading_proofreader_idx\` ON \`videos_review_proofreading\` (\`proofreader_id\`);`)
  await db.run(sql`CREATE TABLE \`videos\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`kicker\` text,
  	\`title\` text,
  	\`subtitle\` text,
  	\`summary\` text,
  	\`unit_id\` integer,
  	\`column_id\` integer,
  	\`cover_id\` integer,
  	\`source\` text,
  	\`scheduled_at\` text,
  	\`embargo_until\` text,
  	\`correction_notice\` text,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`author_id\` integer,
  	\`review_seq\` numeric DEFAULT 0,
  	\`review_round\` numeric DEFAULT 0,
  	\`review_final_authority\` text,
  	\`review_submitted_at\` text,
  	\`review_return_reason\` text,
  	\`review_approved_hash\` text,
  	\`review_approved_at\` text,
  	\`review_checks\` text,
  	\`review_warnings_acknowledged\` integer,
  	\`video_id\` integer,
  	\`poster_id\` integer,
  	\`duration\` numeric,
  	\`subtitles_id\` integer,
  	\`transcript\` text,
  	\`body\` text,
  	\`wechat_title\` text,
  	\`wechat_author\` text,
  	\`wechat_digest\` text,
  	\`wechat_cover_id\` integer,
  	\`wechat_theme\` text,
  	\`wechat_comments\` text,
  	\`wechat_source_url\` text,
  	\`weibo_text\` text,
  	\`weibo_picture_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`column_id\`) REFERENCES \`columns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`video_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`poster_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`subtitles_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`wechat_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`weibo_picture_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`videos_unit_idx\` ON \`videos\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`videos_column_idx\` ON \`videos\` (\`column_id\`);`)
  await db.run(sql`CREATE INDEX \`videos_cover_idx\` ON \`videos\` (\`cover_id\`);`)
  await db.run(sql`CREATE INDEX \`videos_workflow_state_idx\` ON \`videos\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`videos_author_idx\` ON \`videos\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`videos_review_review_approved_hash_idx\` ON \`videos\` (\`review_approved_hash\`);`)
  await db.run(sql`CREATE INDEX \`videos_video_idx\` ON \`videos\` (\`video_id\`);`)
  await db.run(sql`CREATE INDEX \`videos_poster_idx\` ON \`videos\` (\`poster_id\`);`)
  await db.run(sql`CREATE INDEX \`videos_subtitles_idx\` ON \`videos\` (\`subtitles_id\`);`)
  await db.run(sql`CREATE INDEX \`videos_wechat_wechat_cover_idx\` ON \`videos\` (\`wechat_cover_id\`);`)
  await db.run(sql`CREATE INDEX \`videos_weibo_weibo_picture_idx\` ON \`videos\` (\`weibo_picture_id\`);`)
  await db.run(sql`CREATE INDEX \`videos_updated_at_idx\` ON \`videos\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`videos_created_at_idx\` ON \`videos\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`videos__status_idx\` ON \`videos\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`videos_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`videos_texts_order_parent\` ON \`videos_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`videos_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`channel_accounts_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`channel_accounts_id\`) REFERENCES \`channel_accounts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`videos_rels_order_idx\` ON \`videos_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`videos_rels_parent_idx\` ON \`videos_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`videos_rels_path_idx\` ON \`videos_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`videos_rels_channel_accounts_id_idx\` ON \`videos_rels\` (\`channel_accounts_id\`);`)
  await db.run(sql`CREATE TABLE \`_videos_v_version_credits\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`role\` text,
  	\`user_id\` integer,
  	\`name\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_videos_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_videos_v_version_credits_order_idx\` ON \`_videos_v_version_credits\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_credits_parent_id_idx\` ON \`_videos_v_version_credits\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_credits_user_idx\` ON \`_videos_v_version_credits\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`_videos_v_version_review_approvals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`stage\` text,
  	\`reviewer_id\` integer,
  	\`reviewer_name\` text,
  	\`opinion\` text,
  	\`version_hash\` text,
  	\`at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_videos_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_videos_v_version_review_approvals_order_idx\` ON \`_videos_v_version_review_approvals\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_review_approvals_parent_id_idx\` ON \`_videos_v_version_review_approvals\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_review_approvals_reviewer_idx\` ON \`_videos_v_version_review_approvals\` (\`reviewer_id\`);`)
  await db.run(sql`CREATE TABLE \`_videos_v_version_review_proofreading\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`round\` numeric,
  	\`proofreader_id\` integer,
  	\`corrections\` numeric,
  	\`note\` text,
  	\`at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`proofreader_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_videos_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_videos_v_version_review_proofreading_order_idx\` ON \`_videos_v_version_review_proofreading\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_review_proofreading_parent_id_idx\` ON \`_videos_v_version_review_proofreading\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_review_proofreading_proofreader_idx\` ON \`_videos_v_version_review_proofreading\` (\`proofreader_id\`);`)
  await db.run(sql`CREATE TABLE \`_videos_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_kicker\` text,
  	\`version_title\` text,
  	\`version_subtitle\` text,
  	\`version_summary\` text,
  	\`version_unit_id\` integer,
  	\`version_column_id\` integer,
  	\`version_cover_id\` integer,
  	\`version_source\` text,
  	\`version_scheduled_at\` text,
  	\`version_embargo_until\` text,
  	\`version_correction_notice\` text,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_author_id\` integer,
  	\`version_review_seq\` numeric DEFAULT 0,
  	\`version_review_round\` numeric DEFAULT 0,
  	\`version_review_final_authority\` text,
  	\`version_review_submitted_at\` text,
  	\`version_review_return_reason\` text,
  	\`version_review_approved_hash\` text,
  	\`version_review_approved_at\` text,
  	\`version_review_checks\` text,
  	\`version_review_warnings_acknowledged\` integer,
  	\`version_video_id\` integer,
  	\`version_poster_id\` integer,
  	\`version_duration\` numeric,
  	\`version_subtitles_id\` integer,
  	\`version_transcript\` text,
  	\`version_body\` text,
  	\`version_wechat_title\` text,
  	\`version_wechat_author\` text,
  	\`version_wechat_digest\` text,
  	\`version_wechat_cover_id\` integer,
  	\`version_wechat_theme\` text,
  	\`version_wechat_comments\` text,
  	\`version_wechat_source_url\` text,
  	\`version_weibo_text\` text,
  	\`version_weibo_picture_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_column_id\`) REFERENCES \`columns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_video_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_poster_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_subtitles_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_wechat_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_weibo_picture_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_videos_v_parent_idx\` ON \`_videos_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version_unit_idx\` ON \`_videos_v\` (\`version_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version_column_idx\` ON \`_videos_v\` (\`version_column_id\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version_cover_idx\` ON \`_videos_v\` (\`version_cover_id\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version_workflow_state_idx\` ON \`_videos_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version_author_idx\` ON \`_videos_v\` (\`version_author_id\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_review_version_review_approved_hash_idx\` ON \`_videos_v\` (\`version_review_approved_hash\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version_video_idx\` ON \`_videos_v\` (\`version_video_id\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version_poster_idx\` ON \`_videos_v\` (\`version_poster_id\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version_subtitles_idx\` ON \`_videos_v\` (\`version_subtitles_id\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_wechat_version_wechat_cover_idx\` ON \`_videos_v\` (\`version_wechat_cover_id\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_weibo_version_weibo_picture_idx\` ON \`_videos_v\` (\`version_weibo_picture_id\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version_updated_at_idx\` ON \`_videos_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version_created_at_idx\` ON \`_videos_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version__status_idx\` ON \`_videos_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_created_at_idx\` ON \`_videos_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_updated_at_idx\` ON \`_videos_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_latest_idx\` ON \`_videos_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_videos_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_videos_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_videos_v_texts_order_parent\` ON \`_videos_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_videos_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`channel_accounts_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_videos_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`channel_accounts_id\`) REFERENCES \`channel_accounts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_videos_v_rels_order_idx\` ON \`_videos_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_rels_parent_idx\` ON \`_videos_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_rels_path_idx\` ON \`_videos_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_rels_channel_accounts_id_idx\` ON \`_videos_v_rels\` (\`channel_accounts_id\`);`)
  await db.run(sql`CREATE TABLE \`cultural_projects_team\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`user_id\` integer,
  	\`name\` text,
  	\`role\` text,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`cultural_projects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`cultural_projects_team_order_idx\` ON \`cultural_projects_team\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`cultural_projects_team_parent_id_idx\` ON \`cultural_projects_team\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`cultural_projects_team_user_idx\` ON \`cultural_projects_team\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`cultural_projects_evaluations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`stage\` text,
  	\`note\` text,
  	\`date\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`cultural_projects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`cultural_projects_evaluations_order_idx\` ON \`cultural_projects_evaluations\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`cultural_projects_evaluations_parent_id_idx\` ON \`cultural_projects_evaluations\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`cultural_projects\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text,
  	\`kind\` text,
  	\`unit_id\` integer,
  	\`period_start\` text,
  	\`period_end\` text,
  	\`stage\` text DEFAULT 'application',
  	\`showcase_summary\` text,
  	\`cover_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`cultural_projects_unit_idx\` ON \`cultural_projects\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`cultural_projects_cover_idx\` ON \`cultural_projects\` (\`cover_id\`);`)
  await db.run(sql`CREATE INDEX \`cultural_projects_updated_at_idx\` ON \`cultural_projects\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`cultural_projects_created_at_idx\` ON \`cultural_projects\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`cultural_projects__status_idx\` ON \`cultural_projects\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`cultural_projects_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`videos_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`cultural_projects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`videos_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`cultural_projects_rels_order_idx\` ON \`cultural_projects_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`cultural_projects_rels_parent_idx\` ON \`cultural_projects_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`cultural_projects_rels_path_idx\` ON \`cultural_projects_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`cultural_projects_rels_articles_id_idx\` ON \`cultural_projects_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`cultural_projects_rels_videos_id_idx\` ON \`cultural_projects_rels\` (\`videos_id\`);`)
  await db.run(sql`CREATE TABLE \`_cultural_projects_v_version_team\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`user_id\` integer,
  	\`name\` text,
  	\`role\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_cultural_projects_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_cultural_projects_v_version_team_order_idx\` ON \`_cultural_projects_v_version_team\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_cultural_projects_v_version_team_parent_id_idx\` ON \`_cultural_projects_v_version_team\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_cultural_projects_v_version_team_user_idx\` ON \`_cultural_projects_v_version_team\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`_cultural_projects_v_version_evaluations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`stage\` text,
  	\`note\` text,
  	\`date\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_cultural_projects_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_cultural_projects_v_version_evaluations_order_idx\` ON \`_cultural_projects_v_version_evaluations\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_cultural_projects_v_version_evaluations_parent_id_idx\` ON \`_cultural_projects_v_version_evaluations\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_cultural_projects_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text,
  	\`version_kind\` text,
  	\`version_unit_id\` integer,
  	\`version_period_start\` text,
  	\`version_period_end\` text,
  	\`version_stage\` text DEFAULT 'application',
  	\`version_showcase_summary\` text,
  	\`version_cover_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`cultural_projects\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_cultural_projects_v_parent_idx\` ON \`_cultural_projects_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_cultural_projects_v_version_version_unit_idx\` ON \`_cultural_projects_v\` (\`version_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`_cultural_projects_v_version_version_cover_idx\` ON \`_cultural_projects_v\` (\`version_cover_id\`);`)
  await db.run(sql`CREATE INDEX \`_cultural_projects_v_version_version_updated_at_idx\` ON \`_cultural_projects_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_cultural_projects_v_version_version_created_at_idx\` ON \`_cultural_projects_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_cultural_projects_v_version_version__status_idx\` ON \`_cultural_projects_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_cultural_projects_v_created_at_idx\` ON \`_cultural_projects_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_cultural_projects_v_updated_at_idx\` ON \`_cultural_projects_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_cultural_projects_v_latest_idx\` ON \`_cultural_projects_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_cultural_projects_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`videos_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_cultural_projects_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`videos_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_cultural_projects_v_rels_order_idx\` ON \`_cultural_projects_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_cultural_projects_v_rels_parent_idx\` ON \`_cultural_projects_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_cultural_projects_v_rels_path_idx\` ON \`_cultural_projects_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_cultural_projects_v_rels_articles_id_idx\` ON \`_cultural_projects_v_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`_cultural_projects_v_rels_videos_id_idx\` ON \`_cultural_projects_v_rels\` (\`videos_id\`);`)
  await db.run(sql`CREATE TABLE \`columns\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text NOT NULL,
  	\`unit_id\` integer NOT NULL,
  	\`description\` text,
  	\`wechat_header\` text,
  	\`wechat_footer\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`columns_name_idx\` ON \`columns\` (\`name\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`columns_slug_idx\` ON \`columns\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`columns_unit_idx\` ON \`columns\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`columns_updated_at_idx\` ON \`columns\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`columns_created_at_idx\` ON \`columns\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`columns_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`channel_accounts_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`columns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`channel_accounts_id\`) REFERENCES \`channel_accounts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`columns_rels_order_idx\` ON \`columns_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`columns_rels_parent_idx\` ON \`columns_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`columns_rels_path_idx\` ON \`columns_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`columns_rels_channel_accounts_id_idx\` ON \`columns_rels\` (\`channel_accounts_id\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`alt\` text,
  	\`caption\` text,
  	\`credit\` text,
  	\`unit_id\` integer,
  	\`renditions\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`media_unit_idx\` ON \`media\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`channel_accounts\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`tier\` text DEFAULT 'unit',
  	\`unit_id\` integer NOT NULL,
  	\`responsible_person\` text NOT NULL,
  	\`responsible_phone\` text NOT NULL,
  	\`filing_number\` text,
  	\`filing_date\` text,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`next_review_date\` text,
  	\`settings\` text,
  	\`credentials_app_id\` text,
  	\`credentials_app_secret\` text,
  	\`credentials_token\` text,
  	\`credentials_encoding_a_e_s_key\` text,
  	\`credentials_access_token\` text,
  	\`credentials_api_base_url\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`channel_accounts_unit_idx\` ON \`channel_accounts\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`channel_accounts_updated_at_idx\` ON \`channel_accounts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`channel_accounts_created_at_idx\` ON \`channel_accounts\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`channel_accounts_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`channel_accounts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`channel_accounts_rels_order_idx\` ON \`channel_accounts_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`channel_accounts_rels_parent_idx\` ON \`channel_accounts_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`channel_accounts_rels_path_idx\` ON \`channel_accounts_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`channel_accounts_rels_users_id_idx\` ON \`channel_accounts_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`units\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text NOT NULL,
  	\`code\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`parent_id\` integer,
  	\`review_authority\` integer DEFAULT false,
  	\`required_proof_rounds\` numeric DEFAULT 1,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`units_name_idx\` ON \`units\` (\`name\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`units_code_idx\` ON \`units\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`units_parent_idx\` ON \`units\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`units_updated_at_idx\` ON \`units\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`units_created_at_idx\` ON \`units\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`users_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_roles_order_idx\` ON \`users_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_roles_parent_idx\` ON \`users_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_review_stages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_review_stages_order_idx\` ON \`users_review_stages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_review_stages_parent_idx\` ON \`users_review_stages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text NOT NULL,
  	\`unit_id\` integer NOT NULL,
  	\`phone\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`users_unit_idx\` ON \`users\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`users_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`units_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`units_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_rels_order_idx\` ON \`users_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_parent_idx\` ON \`users_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_path_idx\` ON \`users_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_units_id_idx\` ON \`users_rels\` (\`units_id\`);`)
  await db.run(sql`CREATE TABLE \`sensitive_words\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`word\` text NOT NULL,
  	\`level\` text DEFAULT 'warn' NOT NULL,
  	\`category\` text,
  	\`note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`sensitive_words_word_idx\` ON \`sensitive_words\` (\`word\`);`)
  await db.run(sql`CREATE INDEX \`sensitive_words_updated_at_idx\` ON \`sensitive_words\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sensitive_words_created_at_idx\` ON \`sensitive_words\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`typo_corrections\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`wrong\` text NOT NULL,
  	\`right\` text NOT NULL,
  	\`note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`typo_corrections_wrong_idx\` ON \`typo_corrections\` (\`wrong\`);`)
  await db.run(sql`CREATE INDEX \`typo_corrections_updated_at_idx\` ON \`typo_corrections\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`typo_corrections_created_at_idx\` ON \`typo_corrections\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`audit_log\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`action\` text NOT NULL,
  	\`actor_id\` integer,
  	\`collection_slug\` text NOT NULL,
  	\`doc_id\` text NOT NULL,
  	\`unit_id\` integer,
  	\`from_state\` text,
  	\`to_state\` text,
  	\`version_hash\` text,
  	\`transition_key\` text,
  	\`note\` text,
  	\`data\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`audit_log_action_idx\` ON \`audit_log\` (\`action\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_actor_idx\` ON \`audit_log\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_doc_id_idx\` ON \`audit_log\` (\`doc_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_unit_idx\` ON \`audit_log\` (\`unit_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`audit_log_transition_key_idx\` ON \`audit_log\` (\`transition_key\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_updated_at_idx\` ON \`audit_log\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_created_at_idx\` ON \`audit_log\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`notifications\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`recipient_id\` integer NOT NULL,
  	\`kind\` text NOT NULL,
  	\`message\` text NOT NULL,
  	\`item_collection_slug\` text NOT NULL,
  	\`item_doc_id\` text NOT NULL,
  	\`item_title\` text,
  	\`actor_id\` integer,
  	\`read\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`recipient_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`notifications_recipient_idx\` ON \`notifications\` (\`recipient_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_item_item_doc_id_idx\` ON \`notifications\` (\`item_doc_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_actor_idx\` ON \`notifications\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_read_idx\` ON \`notifications\` (\`read\`);`)
  await db.run(sql`CREATE INDEX \`notifications_updated_at_idx\` ON \`notifications\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`notifications_created_at_idx\` ON \`notifications\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`newspaper_issues_pages\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`number\` numeric NOT NULL,
  	\`name\` text NOT NULL,
  	\`template\` text DEFAULT 'news' NOT NULL,
  	\`editor\` text,
  	\`needs_relayout\` integer,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`newspaper_issues\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`newspaper_issues_pages_order_idx\` ON \`newspaper_issues_pages\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`newspaper_issues_pages_parent_id_idx\` ON \`newspaper_issues_pages\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`newspaper_issues_stories\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`item_id\` integer,
  	\`priority\` numeric DEFAULT 5,
  	\`page\` numeric,
  	\`kicker\` text,
  	\`headline\` text,
  	\`deck\` text,
  	\`cut_to\` numeric,
  	\`photo_id\` integer,
  	\`no_photo\` integer,
  	\`as_brief\` integer,
  	\`copy\` text,
  	\`version_hash\` text,
  	FOREIGN KEY (\`item_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`newspaper_issues\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`newspaper_issues_stories_order_idx\` ON \`newspaper_issues_stories\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`newspaper_issues_stories_parent_id_idx\` ON \`newspaper_issues_stories\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`newspaper_issues_stories_item_idx\` ON \`newspaper_issues_stories\` (\`item_id\`);`)
  await db.run(sql`CREATE INDEX \`newspaper_issues_stories_photo_idx\` ON \`newspaper_issues_stories\` (\`photo_id\`);`)
  await db.run(sql`CREATE TABLE \`newspaper_issues\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`title\` text,
  	\`number\` numeric NOT NULL,
  	\`total_number\` numeric,
  	\`date\` text NOT NULL,
  	\`page_size\` text DEFAULT 'tabloid' NOT NULL,
  	\`columns\` numeric,
  	\`status\` text DEFAULT 'planning' NOT NULL,
  	\`account_id\` integer,
  	\`unit_id\` integer,
  	\`masthead_name\` text DEFAULT '校报' NOT NULL,
  	\`masthead_sponsor\` text,
  	\`masthead_registration\` text,
  	\`masthead_editor_in_chief\` text,
  	\`masthead_contact\` text,
  	\`masthead_website\` text,
  	\`layout\` text,
  	\`layout_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`account_id\`) REFERENCES \`channel_accounts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`newspaper_issues_date_idx\` ON \`newspaper_issues\` (\`date\`);`)
  await db.run(sql`CREATE INDEX \`newspaper_issues_status_idx\` ON \`newspaper_issues\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`newspaper_issues_account_idx\` ON \`newspaper_issues\` (\`account_id\`);`)
  await db.run(sql`CREATE INDEX \`newspaper_issues_unit_idx\` ON \`newspaper_issues\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`newspaper_issues_updated_at_idx\` ON \`newspaper_issues\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`newspaper_issues_created_at_idx\` ON \`newspaper_issues\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`radio_programmes_announcers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`label\` text,
  	\`rate\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`radio_programmes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`radio_programmes_announcers_order_idx\` ON \`radio_programmes_announcers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`radio_programmes_announcers_parent_id_idx\` ON \`radio_programmes_announcers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`radio_programmes_blocks_script\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`segment\` text,
  	\`announcer\` text,
  	\`text\` text,
  	\`hinted_text\` text,
  	\`syllables\` numeric,
  	\`seconds\` numeric,
  	\`publication_key\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`radio_programmes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`radio_programmes_blocks_script_order_idx\` ON \`radio_programmes_blocks_script\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`radio_programmes_blocks_script_parent_id_idx\` ON \`radio_programmes_blocks_script\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`radio_programmes_blocks_script_path_idx\` ON \`radio_programmes_blocks_script\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`radio_programmes_blocks_host\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`host_role\` text DEFAULT 'link',
  	\`title\` text,
  	\`segment\` text,
  	\`announcer\` text,
  	\`text\` text,
  	\`seconds\` numeric,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`radio_programmes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`radio_programmes_blocks_host_order_idx\` ON \`radio_programmes_blocks_host\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`radio_programmes_blocks_host_parent_id_idx\` ON \`radio_programmes_blocks_host\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`radio_programmes_blocks_host_path_idx\` ON \`radio_programmes_blocks_host\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`radio_programmes_blocks_music\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`segment\` text,
  	\`seconds\` numeric,
  	\`cue\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`radio_programmes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`radio_programmes_blocks_music_order_idx\` ON \`radio_programmes_blocks_music\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`radio_programmes_blocks_music_parent_id_idx\` ON \`radio_programmes_blocks_music\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`radio_programmes_blocks_music_path_idx\` ON \`radio_programmes_blocks_music\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`radio_programmes_blocks_sting\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`segment\` text,
  	\`seconds\` numeric DEFAULT 4,
  	\`cue\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`radio_programmes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`radio_programmes_blocks_sting_order_idx\` ON \`radio_programmes_blocks_sting\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`radio_programmes_blocks_sting_parent_id_idx\` ON \`radio_programmes_blocks_sting\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`radio_programmes_blocks_sting_path_idx\` ON \`radio_programmes_blocks_sting\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`radio_programmes_blocks_insert\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`segment\` text,
  	\`audio_id\` integer,
  	\`in_cue\` text,
  	\`out_cue\` text,
  	\`seconds\` numeric,
  	\`cue\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`audio_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`radio_programmes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`radio_programmes_blocks_insert_order_idx\` ON \`radio_programmes_blocks_insert\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`radio_programmes_blocks_insert_parent_id_idx\` ON \`radio_programmes_blocks_insert\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`radio_programmes_blocks_insert_path_idx\` ON \`radio_programmes_blocks_insert\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`radio_programmes_blocks_insert_audio_idx\` ON \`radio_programmes_blocks_insert\` (\`audio_id\`);`)
  await db.run(sql`CREATE TABLE \`radio_programmes_blocks_float\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`segment\` text,
  	\`seconds\` numeric,
  	\`min_seconds\` numeric,
  	\`max_seconds\` numeric,
  	\`cue\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`radio_programmes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`radio_programmes_blocks_float_order_idx\` ON \`radio_programmes_blocks_float\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`radio_programmes_blocks_float_parent_id_idx\` ON \`radio_programmes_blocks_float\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`radio_programmes_blocks_float_path_idx\` ON \`radio_programmes_blocks_float\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`radio_programmes_review_approvals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`stage\` text,
  	\`reviewer_id\` integer,
  	\`reviewer_name\` text,
  	\`opinion\` text,
  	\`version_hash\` text,
  	\`at\` text,
  	FOREIGN KEY (\`reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`radio_programmes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`radio_programmes_review_approvals_order_idx\` ON \`radio_programmes_review_approvals\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`radio_programmes_review_approvals_parent_id_idx\` ON \`radio_programmes_review_approvals\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`radio_programmes_review_approvals_reviewer_idx\` ON \`radio_programmes_review_approvals\` (\`reviewer_id\`);`)
  await db.run(sql`CREATE TABLE \`radio_programmes_review_proofreading\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`round\` numeric,
  	\`proofreader_id\` integer,
  	\`corrections\` numeric,
  	\`note\` text,
  	\`at\` text,
  	FOREIGN KEY (\`proofreader_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`radio_programmes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`radio_programmes_review_proofreading_order_idx\` ON \`radio_programmes_review_proofreading\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`radio_programmes_review_proofreading_parent_id_idx\` ON \`radio_programmes_review_proofreading\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`radio_programmes_review_proofreading_proofreader_idx\` ON \`radio_programmes_review_proofreading\` (\`proofreader_id\`);`)
  await db.run(sql`CREATE TABLE \`radio_programmes\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`title\` text,
  	\`column_id\` integer,
  	\`unit_id\` integer,
  	\`air_at\` text,
  	\`airat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`slot_minutes\` numeric DEFAULT 15,
  	\`rate\` numeric DEFAULT 220,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`author_id\` integer,
  	\`review_seq\` numeric DEFAULT 0,
  	\`review_round\` numeric DEFAULT 0,
  	\`review_final_authority\` text,
  	\`review_submitted_at\` text,
  	\`review_return_reason\` text,
  	\`review_approved_hash\` text,
  	\`review_approved_at\` text,
  	\`review_checks\` text,
  	\`review_warnings_acknowledged\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`column_id\`) REFERENCES \`columns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`radio_programmes_column_idx\` ON \`radio_programmes\` (\`column_id\`);`)
  await db.run(sql`CREATE INDEX \`radio_programmes_unit_idx\` ON \`radio_programmes\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`radio_programmes_air_at_idx\` ON \`radio_programmes\` (\`air_at\`);`)
  await db.run(sql`CREATE INDEX \`radio_programmes_workflow_state_idx\` ON \`radio_programmes\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`radio_programmes_author_idx\` ON \`radio_programmes\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`radio_programmes_review_review_approved_hash_idx\` ON \`radio_programmes\` (\`review_approved_hash\`);`)
  await db.run(sql`CREATE INDEX \`radio_programmes_updated_at_idx\` ON \`radio_programmes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`radio_programmes_created_at_idx\` ON \`radio_programmes\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`radio_programmes__status_idx\` ON \`radio_programmes\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`radio_programmes_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`videos_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`radio_programmes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`videos_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`radio_programmes_rels_order_idx\` ON \`radio_programmes_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`radio_programmes_rels_parent_idx\` ON \`radio_programmes_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`radio_programmes_rels_path_idx\` ON \`radio_programmes_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`radio_programmes_rels_articles_id_idx\` ON \`radio_programmes_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`radio_programmes_rels_videos_id_idx\` ON \`radio_programmes_rels\` (\`videos_id\`);`)
  await db.run(sql`CREATE TABLE \`_radio_programmes_v_version_announcers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text,
  	\`label\` text,
  	\`rate\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_radio_programmes_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_radio_programmes_v_version_announcers_order_idx\` ON \`_radio_programmes_v_version_announcers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_radio_programmes_v_version_announcers_parent_id_idx\` ON \`_radio_programmes_v_version_announcers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_radio_programmes_v_blocks_script\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`title\` text,
  	\`segment\` text,
  	\`announcer\` text,
  	\`text\` text,
  	\`hinted_text\` text,
  	\`syllables\` numeric,
  	\`seconds\` numeric,
  	\`publication_key\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_radio_programmes_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_radio_programmes_v_blocks_script_order_idx\` ON \`_radio_programmes_v_blocks_script\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_radio_programmes_v_blocks_script_parent_id_idx\` ON \`_radio_programmes_v_blocks_script\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_radio_programmes_v_blocks_script_path_idx\` ON \`_radio_programmes_v_blocks_script\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_radio_programmes_v_blocks_host\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`host_role\` text DEFAULT 'link',
  	\`title\` text,
  	\`segment\` text,
  	\`announcer\` text,
  	\`text\` text,
  	\`seconds\` numeric,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_radio_programmes_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_radio_programmes_v_blocks_host_order_idx\` ON \`_radio_programmes_v_blocks_host\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_radio_programmes_v_blocks_host_parent_id_idx\` ON \`_radio_programmes_v_blocks_host\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_radio_programmes_v_blocks_host_path_idx\` ON \`_radio_programmes_v_blocks_host\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_radio_programmes_v_blocks_music\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`title\` text,
  	\`segment\` text,
  	\`seconds\` numeric,
  	\`cue\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_radio_programmes_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_radio_programmes_v_blocks_music_order_idx\` ON \`_radio_programmes_v_blocks_music\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_radio_programmes_v_blocks_music_parent_id_idx\` ON \`_radio_programmes_v_blocks_music\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_radio_programmes_v_blocks_music_path_idx\` ON \`_radio_programmes_v_blocks_music\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_radio_programmes_v_blocks_sting\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`title\` text,
  	\`segment\` text,
  	\`seconds\` numeric DEFAULT 4,
  	\`cue\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_radio_programmes_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_radio_programmes_v_blocks_sting_order_idx\` ON \`_radio_programmes_v_blocks_sting\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_radio_programmes_v_blocks_sting_parent_id_idx\` ON \`_radio_programmes_v_blocks_sting\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_radio_programmes_v_blocks_sting_path_idx\` ON \`_radio_programmes_v_blocks_sting\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_radio_programmes_v_blocks_insert\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`title\` text,
  	\`segment\` text,
  	\`audio_id\` integer,
  	\`in_cue\` text,
  	\`out_cue\` text,
  	\`seconds\` numeric,
  	\`cue\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`audio_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_radio_programmes_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_radio_programmes_v_blocks_insert_order_idx\` ON \`_radio_programmes_v_blocks_insert\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_radio_programmes_v_blocks_insert_parent_id_idx\` ON \`_radio_programmes_v_blocks_insert\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_radio_programmes_v_blocks_insert_path_idx\` ON \`_radio_programmes_v_blocks_insert\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_radio_programmes_v_blocks_insert_audio_idx\` ON \`_radio_programmes_v_blocks_insert\` (\`audio_id\`);`)
  await db.run(sql`CREATE TABLE \`_radio_programmes_v_blocks_float\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`title\` text,
  	\`segment\` text,
  	\`seconds\` numeric,
  	\`min_seconds\` numeric,
  	\`max_seconds\` numeric,
  	\`cue\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_radio_programmes_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_radio_programmes_v_blocks_float_order_idx\` ON \`_radio_programmes_v_blocks_float\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_radio_programmes_v_blocks_float_parent_id_idx\` ON \`_radio_programmes_v_blocks_float\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_radio_programmes_v_blocks_float_path_idx\` ON \`_radio_programmes_v_blocks_float\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_radio_programmes_v_version_review_approvals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`stage\` text,
  	\`reviewer_id\` integer,
  	\`reviewer_name\` text,
  	\`opinion\` text,
  	\`version_hash\` text,
  	\`at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_radio_programmes_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_radio_programmes_v_version_review_approvals_order_idx\` ON \`_radio_programmes_v_version_review_approvals\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_radio_programmes_v_version_review_approvals_parent_id_idx\` ON \`_radio_programmes_v_version_review_approvals\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_radio_programmes_v_version_review_approvals_reviewer_idx\` ON \`_radio_programmes_v_version_review_approvals\` (\`reviewer_id\`);`)
  await db.run(sql`CREATE TABLE \`_radio_programmes_v_version_review_proofreading\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`round\` numeric,
  	\`proofreader_id\` integer,
  	\`corrections\` numeric,
  	\`note\` text,
  	\`at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`proofreader_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_radio_programmes_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_radio_programmes_v_version_review_proofreading_order_idx\` ON \`_radio_programmes_v_version_review_proofreading\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_radio_programmes_v_version_review_proofreading_parent_id_idx\` ON \`_radio_programmes_v_version_review_proofreading\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_radio_programmes_v_version_review_proofreading_proofrea_idx\` ON \`_radio_programmes_v_version_review_proofreading\` (\`proofreader_id\`);`)
  await db.run(sql`CREATE TABLE \`_radio_programmes_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_column_id\` integer,
  	\`version_unit_id\` integer,
  	\`version_air_at\` text,
  	\`version_airat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`version_slot_minutes\` numeric DEFAULT 15,
  	\`version_rate\` numeric DEFAULT 220,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_author_id\` integer,
  	\`version_review_seq\` numeric DEFAULT 0,
  	\`version_review_round\` numeric DEFAULT 0,
  	\`version_review_final_authority\` text,
  	\`version_review_submitted_at\` text,
  	\`version_review_return_reason\` text,
  	\`version_review_approved_hash\` text,
  	\`version_review_approved_at\` text,
  	\`version_review_checks\` text,
  	\`version_review_warnings_acknowledged\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`radio_programmes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_column_id\`) REFERENCES \`columns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_radio_programmes_v_parent_idx\` ON \`_radio_programmes_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_radio_programmes_v_version_version_column_idx\` ON \`_radio_programmes_v\` (\`version_column_id\`);`)
  await db.run(sql`CREATE INDEX \`_radio_programmes_v_version_version_unit_idx\` ON \`_radio_programmes_v\` (\`version_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`_radio_programmes_v_version_version_air_at_idx\` ON \`_radio_programmes_v\` (\`version_air_at\`);`)
  await db.run(sql`CREATE INDEX \`_radio_programmes_v_version_version_workflow_state_idx\` ON \`_radio_programmes_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_radio_programmes_v_version_version_author_idx\` ON \`_radio_programmes_v\` (\`version_author_id\`);`)
  await db.run(sql`CREATE INDEX \`_radio_programmes_v_version_review_version_review_approv_idx\` ON \`_radio_programmes_v\` (\`version_review_approved_hash\`);`)
  await db.run(sql`CREATE INDEX \`_radio_programmes_v_version_version_updated_at_idx\` ON \`_radio_programmes_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_radio_programmes_v_version_version_created_at_idx\` ON \`_radio_programmes_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_radio_programmes_v_version_version__status_idx\` ON \`_radio_programmes_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_radio_programmes_v_created_at_idx\` ON \`_radio_programmes_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_radio_programmes_v_updated_at_idx\` ON \`_radio_programmes_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_radio_programmes_v_latest_idx\` ON \`_radio_programmes_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_radio_programmes_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`videos_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_radio_programmes_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`videos_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_radio_programmes_v_rels_order_idx\` ON \`_radio_programmes_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_radio_programmes_v_rels_parent_idx\` ON \`_radio_programmes_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_radio_programmes_v_rels_path_idx\` ON \`_radio_programmes_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_radio_programmes_v_rels_articles_id_idx\` ON \`_radio_programmes_v_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`_radio_programmes_v_rels_videos_id_idx\` ON \`_radio_programmes_v_rels\` (\`videos_id\`);`)
  await db.run(sql`CREATE TABLE \`publications\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`key\` text NOT NULL,
  	\`item_title\` text,
  	\`version_hash\` text NOT NULL,
  	\`account_id\` integer NOT NULL,
  	\`channel\` text NOT NULL,
  	\`unit_id\` integer,
  	\`state\` text DEFAULT 'queued' NOT NULL,
  	\`attempts\` numeric DEFAULT 0,
  	\`resends\` numeric DEFAULT 0,
  	\`scheduled_for\` text,
  	\`next_attempt_at\` text,
  	\`last_error_code\` text,
  	\`last_error_message\` text,
  	\`last_error_raw\` text,
  	\`artifact\` text,
  	\`progress\` text,
  	\`submitted_at\` text,
  	\`status_checks\` numeric DEFAULT 0,
  	\`external_id\` text,
  	\`url\` text,
  	\`delivered_at\` text,
  	\`withdrawn_at\` text,
  	\`withdraw_reason\` text,
  	\`corrects_id\` integer,
  	\`superseded_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`account_id\`) REFERENCES \`channel_accounts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`corrects_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`superseded_by_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`publications_key_idx\` ON \`publications\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`publications_version_hash_idx\` ON \`publications\` (\`version_hash\`);`)
  await db.run(sql`CREATE INDEX \`publications_account_idx\` ON \`publications\` (\`account_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_channel_idx\` ON \`publications\` (\`channel\`);`)
  await db.run(sql`CREATE INDEX \`publications_unit_idx\` ON \`publications\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_state_idx\` ON \`publications\` (\`state\`);`)
  await db.run(sql`CREATE INDEX \`publications_corrects_idx\` ON \`publications\` (\`corrects_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_superseded_by_idx\` ON \`publications\` (\`superseded_by_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_updated_at_idx\` ON \`publications\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`publications_created_at_idx\` ON \`publications\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`publications_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`videos_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`videos_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`publications_rels_order_idx\` ON \`publications_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`publications_rels_parent_idx\` ON \`publications_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_rels_path_idx\` ON \`publications_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`publications_rels_articles_id_idx\` ON \`publications_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_rels_videos_id_idx\` ON \`publications_rels\` (\`videos_id\`);`)
  await db.run(sql`CREATE TABLE \`wechat_bundles_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`url\` text,
  	\`withdrawn_at\` text,
  	\`withdraw_reason\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`wechat_bundles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`wechat_bundles_items_order_idx\` ON \`wechat_bundles_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`wechat_bundles_items_parent_id_idx\` ON \`wechat_bundles_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`wechat_bundles\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`title\` text NOT NULL,
  	\`account_id\` integer NOT NULL,
  	\`unit_id\` integer,
  	\`state\` text DEFAULT 'draft' NOT NULL,
  	\`scheduled_for\` text,
  	\`attempts\` numeric DEFAULT 0,
  	\`last_error\` text,
  	\`external_id\` text,
  	\`article_id\` text,
  	\`submitted_at\` text,
  	\`delivered_at\` text,
  	\`artifact\` text,
  	\`progress\` text,
  	\`status_checks\` numeric DEFAULT 0,
  	\`round\` numeric DEFAULT 0,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`account_id\`) REFERENCES \`channel_accounts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`wechat_bundles_account_idx\` ON \`wechat_bundles\` (\`account_id\`);`)
  await db.run(sql`CREATE INDEX \`wechat_bundles_unit_idx\` ON \`wechat_bundles\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`wechat_bundles_state_idx\` ON \`wechat_bundles\` (\`state\`);`)
  await db.run(sql`CREATE INDEX \`wechat_bundles_updated_at_idx\` ON \`wechat_bundles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`wechat_bundles_created_at_idx\` ON \`wechat_bundles\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`wechat_bundles_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`videos_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`wechat_bundles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`videos_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`wechat_bundles_rels_order_idx\` ON \`wechat_bundles_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`wechat_bundles_rels_parent_idx\` ON \`wechat_bundles_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`wechat_bundles_rels_path_idx\` ON \`wechat_bundles_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`wechat_bundles_rels_articles_id_idx\` ON \`wechat_bundles_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`wechat_bundles_rels_videos_id_idx\` ON \`wechat_bundles_rels\` (\`videos_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`meta\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`videos_id\` integer,
  	\`cultural_projects_id\` integer,
  	\`columns_id\` integer,
  	\`media_id\` integer,
  	\`channel_accounts_id\` integer,
  	\`units_id\` integer,
  	\`users_id\` integer,
  	\`sensitive_words_id\` integer,
  	\`typo_corrections_id\` integer,
  	\`audit_log_id\` integer,
  	\`notifications_id\` integer,
  	\`newspaper_issues_id\` integer,
  	\`radio_programmes_id\` integer,
  	\`publications_id\` integer,
  	\`wechat_bundles_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`videos_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`cultural_projects_id\`) REFERENCES \`cultural_projects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`columns_id\`) REFERENCES \`columns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`channel_accounts_id\`) REFERENCES \`channel_accounts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`units_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sensitive_words_id\`) REFERENCES \`sensitive_words\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`typo_corrections_id\`) REFERENCES \`typo_corrections\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`notifications_id\`) REFERENCES \`notifications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`newspaper_issues_id\`) REFERENCES \`newspaper_issues\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`radio_programmes_id\`) REFERENCES \`radio_programmes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`publications_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`wechat_bundles_id\`) REFERENCES \`wechat_bundles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_videos_id_idx\` ON \`payload_locked_documents_rels\` (\`videos_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_cultural_projects_id_idx\` ON \`payload_locked_documents_rels\` (\`cultural_projects_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_columns_id_idx\` ON \`payload_locked_documents_rels\` (\`columns_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_channel_accounts_id_idx\` ON \`payload_locked_documents_rels\` (\`channel_accounts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_units_id_idx\` ON \`payload_locked_documents_rels\` (\`units_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sensitive_words_id_idx\` ON \`payload_locked_documents_rels\` (\`sensitive_words_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_typo_corrections_id_idx\` ON \`payload_locked_documents_rels\` (\`typo_corrections_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_notifications_id_idx\` ON \`payload_locked_documents_rels\` (\`notifications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_newspaper_issues_id_idx\` ON \`payload_locked_documents_rels\` (\`newspaper_issues_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_radio_programmes_id_idx\` ON \`payload_locked_documents_rels\` (\`radio_programmes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_publications_id_idx\` ON \`payload_locked_documents_rels\` (\`publications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_wechat_bundles_id_idx\` ON \`payload_locked_documents_rels\` (\`wechat_bundles_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`articles_credits\`;`)
  await db.run(sql`DROP TABLE \`articles_review_approvals\`;`)
  await db.run(sql`DROP TABLE \`articles_review_proofreading\`;`)
  await db.run(sql`DROP TABLE \`articles\`;`)
  await db.run(sql`DROP TABLE \`articles_texts\`;`)
  await db.run(sql`DROP TABLE \`articles_rels\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_credits\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_review_approvals\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_review_proofreading\`;`)
  await db.run(sql`DROP TABLE \`_articles_v\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_rels\`;`)
  await db.run(sql`DROP TABLE \`videos_credits\`;`)
  await db.run(sql`DROP TABLE \`videos_review_approvals\`;`)
  await db.run(sql`DROP TABLE \`videos_review_proofreading\`;`)
  await db.run(sql`DROP TABLE \`videos\`;`)
  await db.run(sql`DROP TABLE \`videos_texts\`;`)
  await db.run(sql`DROP TABLE \`videos_rels\`;`)
  await db.run(sql`DROP TABLE \`_videos_v_version_credits\`;`)
  await db.run(sql`DROP TABLE \`_videos_v_version_review_approvals\`;`)
  await db.run(sql`DROP TABLE \`_videos_v_version_review_proofreading\`;`)
  await db.run(sql`DROP TABLE \`_videos_v\`;`)
  await db.run(sql`DROP TABLE \`_videos_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_videos_v_rels\`;`)
  await db.run(sql`DROP TABLE \`cultural_projects_team\`;`)
  await db.run(sql`DROP TABLE \`cultural_projects_evaluations\`;`)
  await db.run(sql`DROP TABLE \`cultural_projects\`;`)
  await db.run(sql`DROP TABLE \`cultural_projects_rels\`;`)
  await db.run(sql`DROP TABLE \`_cultural_projects_v_version_team\`;`)
  await db.run(sql`DROP TABLE \`_cultural_projects_v_version_evaluations\`;`)
  await db.run(sql`DROP TABLE \`_cultural_projects_v\`;`)
  await db.run(sql`DROP TABLE \`_cultural_projects_v_rels\`;`)
  await db.run(sql`DROP TABLE \`columns\`;`)
  await db.run(sql`DROP TABLE \`columns_rels\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`channel_accounts\`;`)
  await db.run(sql`DROP TABLE \`channel_accounts_rels\`;`)
  await db.run(sql`DROP TABLE \`units\`;`)
  await db.run(sql`DROP TABLE \`users_roles\`;`)
  await db.run(sql`DROP TABLE \`users_review_stages\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`users_rels\`;`)
  await db.run(sql`DROP TABLE \`sensitive_words\`;`)
  await db.run(sql`DROP TABLE \`typo_corrections\`;`)
  await db.run(sql`DROP TABLE \`audit_log\`;`)
  await db.run(sql`DROP TABLE \`notifications\`;`)
  await db.run(sql`DROP TABLE \`newspaper_issues_pages\`;`)
  await db.run(sql`DROP TABLE \`newspaper_issues_stories\`;`)
  await db.run(sql`DROP TABLE \`newspaper_issues\`;`)
  await db.run(sql`DROP TABLE \`radio_programmes_announcers\`;`)
  await db.run(sql`DROP TABLE \`radio_programmes_blocks_script\`;`)
  await db.run(sql`DROP TABLE \`radio_programmes_blocks_host\`;`)
  await db.run(sql`DROP TABLE \`radio_programmes_blocks_music\`;`)
  await db.run(sql`DROP TABLE \`radio_programmes_blocks_sting\`;`)
  await db.run(sql`DROP TABLE \`radio_programmes_blocks_insert\`;`)
  await db.run(sql`DROP TABLE \`radio_programmes_blocks_float\`;`)
  await db.run(sql`DROP TABLE \`radio_programmes_review_approvals\`;`)
  await db.run(sql`DROP TABLE \`radio_programmes_review_proofreading\`;`)
  await db.run(sql`DROP TABLE \`radio_programmes\`;`)
  await db.run(sql`DROP TABLE \`radio_programmes_rels\`;`)
  await db.run(sql`DROP TABLE \`_radio_programmes_v_version_announcers\`;`)
  await db.run(sql`DROP TABLE \`_radio_programmes_v_blocks_script\`;`)
  await db.run(sql`DROP TABLE \`_radio_programmes_v_blocks_host\`;`)
  await db.run(sql`DROP TABLE \`_radio_programmes_v_blocks_music\`;`)
  await db.run(sql`DROP TABLE \`_radio_programmes_v_blocks_sting\`;`)
  await db.run(sql`DROP TABLE \`_radio_programmes_v_blocks_insert\`;`)
  await db.run(sql`DROP TABLE \`_radio_programmes_v_blocks_float\`;`)
  await db.run(sql`DROP TABLE \`_radio_programmes_v_version_review_approvals\`;`)
  await db.run(sql`DROP TABLE \`_radio_programmes_v_version_review_proofreading\`;`)
  await db.run(sql`DROP TABLE \`_radio_programmes_v\`;`)
  await db.run(sql`DROP TABLE \`_radio_programmes_v_rels\`;`)
  await db.run(sql`DROP TABLE \`publications\`;`)
  await db.run(sql`DROP TABLE \`publications_rels\`;`)
  await db.run(sql`DROP TABLE \`wechat_bundles_items\`;`)
  await db.run(sql`DROP TABLE \`wechat_bundles\`;`)
  await db.run(sql`DROP TABLE \`wechat_bundles_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
}
