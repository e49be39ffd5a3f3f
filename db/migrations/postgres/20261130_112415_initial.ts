import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_articles_credits_role" AS ENUM('text', 'photo', 'video', 'editor', 'proof');
  CREATE TYPE "public"."enum_articles_review_approvals_stage" AS ENUM('1', '2', '3');
  CREATE TYPE "public"."enum_articles_workflow_state" AS ENUM('draft', 'review1', 'review2', 'review3', 'approved', 'scheduled', 'published', 'withdrawn');
  CREATE TYPE "public"."enum_articles_review_final_authority" AS ENUM('unit', 'university');
  CREATE TYPE "public"."enum_articles_wechat_theme" AS ENUM('default', 'red', 'campus');
  CREATE TYPE "public"."enum_articles_wechat_comments" AS ENUM('closed', 'open', 'fans');
  CREATE TYPE "public"."enum_articles_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__articles_v_version_credits_role" AS ENUM('text', 'photo', 'video', 'editor', 'proof');
  CREATE TYPE "public"."enum__articles_v_version_review_approvals_stage" AS ENUM('1', '2', '3');
  CREATE TYPE "public"."enum__articles_v_version_workflow_state" AS ENUM('draft', 'review1', 'review2', 'review3', 'approved', 'scheduled', 'published', 'withdrawn');
  CREATE TYPE "public"."enum__articles_v_version_review_final_authority" AS ENUM('unit', 'university');
  CREATE TYPE "public"."enum__articles_v_version_wechat_theme" AS ENUM('default', 'red', 'campus');
  CREATE TYPE "public"."enum__articles_v_version_wechat_comments" AS ENUM('closed', 'open', 'fans');
  CREATE TYPE "public"."enum__articles_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_videos_credits_role" AS ENUM('text', 'photo', 'video', 'editor', 'proof');
  CREATE TYPE "public"."enum_videos_review_approvals_stage" AS ENUM('1', '2', '3');
  CREATE TYPE "public"."enum_videos_workflow_state" AS ENUM('draft', 'review1', 'review2', 'review3', 'approved', 'scheduled', 'published', 'withdrawn');
  CREATE TYPE "public"."enum_videos_review_final_authority" AS ENUM('unit', 'university');
  CREATE TYPE "public"."enum_videos_wechat_theme" AS ENUM('default', 'red', 'campus');
  CREATE TYPE "public"."enum_videos_wechat_comments" AS ENUM('closed', 'open', 'fans');
  CREATE TYPE "public"."enum_videos_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__videos_v_version_credits_role" AS ENUM('text', 'photo', 'video', 'editor', 'proof');
  CREATE TYPE "public"."enum__videos_v_version_review_approvals_stage" AS ENUM('1', '2', '3');
  CREATE TYPE "public"."enum__videos_v_version_workflow_state" AS ENUM('draft', 'review1', 'review2', 'review3', 'approved', 'scheduled', 'published', 'withdrawn');
  CREATE TYPE "public"."enum__videos_v_version_review_final_authority" AS ENUM('unit', 'university');
  CREATE TYPE "public"."enum__videos_v_version_wechat_theme" AS ENUM('default', 'red', 'campus');
  CREATE TYPE "public"."enum__videos_v_version_wechat_comments" AS ENUM('closed', 'open', 'fans');
  CREATE TYPE "public"."enum__videos_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_cultural_projects_evaluations_stage" AS ENUM('application', 'approval', 'midterm', 'completion');
  CREATE TYPE "public"."enum_cultural_projects_kind" AS ENUM('boutique', 'studio', 'festival', 'micro', 'selection');
  CREATE TYPE "public"."enum_cultural_projects_stage" AS ENUM('application', 'approval', 'midterm', 'completion');
  CREATE TYPE "public"."enum_cultural_projects_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__cultural_projects_v_version_evaluations_stage" AS ENUM('application', 'approval', 'midterm', 'completion');
  CREATE TYPE "public"."enum__cultural_projects_v_version_kind" AS ENUM('boutique', 'studio', 'festival', 'micro', 'selection');
  CREATE TYPE "public"."enum__cultural_projects_v_version_stage" AS ENUM('application', 'approval', 'midterm', 'completion');
  CREATE TYPE "public"."enum__cultural_projects_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_channel_accounts_kind" AS ENUM('website', 'wechat', 'weibo', 'radio', 'newspaper');
  CREATE TYPE "public"."enum_channel_accounts_tier" AS ENUM('university', 'unit');
  CREATE TYPE "public"."enum_channel_accounts_status" AS ENUM('pending', 'filed', 'suspended', 'cancelled');
  CREATE TYPE "public"."enum_units_kind" AS ENUM('department', 'college', 'studio', 'centre');
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'editor', 'reviewer', 'operator');
  CREATE TYPE "public"."enum_users_review_stages" AS ENUM('1', '2', '3');
  CREATE TYPE "public"."enum_sensitive_words_level" AS ENUM('block', 'warn');
  CREATE TYPE "public"."enum_notifications_kind" AS ENUM('review-requested', 'returned', 'approved', 'withdrawn');
  CREATE TYPE "public"."enum_newspaper_issues_pages_template" AS ENUM('front', 'news', 'feature');
  CREATE TYPE "public"."enum_newspaper_issues_page_size" AS ENUM('tabloid', 'broadsheet');
  CREATE TYPE "public"."enum_newspaper_issues_status" AS ENUM('planning', 'laid-out', 'needs-relayout', 'sent');
  CREATE TYPE "public"."enum_radio_programmes_blocks_host_host_role" AS ENUM('open', 'link', 'close');
  CREATE TYPE "public"."enum_radio_programmes_review_approvals_stage" AS ENUM('1', '2', '3');
  CREATE TYPE "public"."enum_radio_programmes_airat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum_radio_programmes_workflow_state" AS ENUM('draft', 'review1', 'review2', 'review3', 'approved', 'scheduled', 'published', 'withdrawn');
  CREATE TYPE "public"."enum_radio_programmes_review_final_authority" AS ENUM('unit', 'university');
  CREATE TYPE "public"."enum_radio_programmes_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__radio_programmes_v_blocks_host_host_role" AS ENUM('open', 'link', 'close');
  CREATE TYPE "public"."enum__radio_programmes_v_version_review_approvals_stage" AS ENUM('1', '2', '3');
  CREATE TYPE "public"."enum__radio_programmes_v_version_airat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum__radio_programmes_v_version_workflow_state" AS ENUM('draft', 'review1', 'review2', 'review3', 'approved', 'scheduled', 'published', 'withdrawn');
  CREATE TYPE "public"."enum__radio_programmes_v_version_review_final_authority" AS ENUM('unit', 'university');
  CREATE TYPE "public"."enum__radio_programmes_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_publications_channel" AS ENUM('website', 'wechat', 'weibo', 'radio', 'newspaper');
  CREATE TYPE "public"."enum_publications_state" AS ENUM('queued', 'rendering', 'delivering', 'submitted', 'delivered', 'retrying', 'failed', 'withdrawn', 'canceled', 'superseded');
  CREATE TYPE "public"."enum_wechat_bundles_state" AS ENUM('draft', 'queued', 'retrying', 'submitted', 'delivered', 'failed');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'deliverPublication', 'checkPublication', 'withdrawPublication', 'sweepOutbox', 'deliverWechatBundle', 'checkWechatBundle', 'withdrawWechatBundleArticle');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'deliverPublication', 'checkPublication', 'withdrawPublication', 'sweepOutbox', 'deliverWechatBundle', 'checkWechatBundle', 'withdrawWechatBundleArticle');
  CREATE TABLE "articles_credits" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"role" "enum_articles_credits_role",
  	"user_id" integer,
  	"name" varchar
  );
  
  CREATE TABLE "articles_review_approvals" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"stage" "enum_articles_review_approvals_stage",
  	"reviewer_id" integer,
  	"reviewer_name" varchar,
  	"opinion" varchar,
  	"version_hash" varchar,
  	"at" timestamp(3) with time zone
  );
  
  CREATE TABLE "articles_review_proofreading" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"round" numeric,
  	"proofreader_id" integer,
  	"corrections" numeric,
  	"note" varchar,
  	"at" timestamp(3) with time zone
  );
  
  CREATE TABLE "articles" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kicker" varchar,
  	"title" varchar,
  	"subtitle" varchar,
  	"summary" varchar,
  	"unit_id" integer,
  	"column_id" integer,
  	"cover_id" integer,
  	"source" varchar,
  	"scheduled_at" timestamp(3) with time zone,
  	"embargo_until" timestamp(3) with time zone,
  	"correction_notice" varchar,
  	"workflow_state" "enum_articles_workflow_state" DEFAULT 'draft',
  	"author_id" integer,
  	"review_seq" numeric DEFAULT 0,
  	"review_round" numeric DEFAULT 0,
  	"review_final_authority" "enum_articles_review_final_authority",
  	"review_submitted_at" timestamp(3) with time zone,
  	"review_return_reason" varchar,
  	"review_approved_hash" varchar,
  	"review_approved_at" timestamp(3) with time zone,
  	"review_checks" jsonb,
  	"review_warnings_acknowledged" boolean,
  	"body" jsonb,
  	"wechat_title" varchar,
  	"wechat_author" varchar,
  	"wechat_digest" varchar,
  	"wechat_cover_id" integer,
  	"wechat_theme" "enum_articles_wechat_theme",
  	"wechat_comments" "enum_articles_wechat_comments",
  	"wechat_source_url" varchar,
  	"weibo_text" varchar,
  	"weibo_picture_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_articles_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "articles_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "articles_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"channel_accounts_id" integer
  );
  
  CREATE TABLE "_articles_v_version_credits" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"role" "enum__articles_v_version_credits_role",
  	"user_id" integer,
  	"name" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_articles_v_version_review_approvals" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"stage" "enum__articles_v_version_review_approvals_stage",
  	"reviewer_id" integer,
  	"reviewer_name" varchar,
  	"opinion" varchar,
  	"version_hash" varchar,
  	"at" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_articles_v_version_review_proofreading" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"round" numeric,
  	"proofreader_id" integer,
  	"corrections" numeric,
  	"note" varchar,
  	"at" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_articles_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_kicker" varchar,
  	"version_title" varchar,
  	"version_subtitle" varchar,
  	"version_summary" varchar,
  	"version_unit_id" integer,
  	"version_column_id" integer,
  	"version_cover_id" integer,
  	"version_source" varchar,
  	"version_scheduled_at" timestamp(3) with time zone,
  	"version_embargo_until" timestamp(3) with time zone,
  	"version_correction_notice" varchar,
  	"version_workflow_state" "enum__articles_v_version_workflow_state" DEFAULT 'draft',
  	"version_author_id" integer,
  	"version_review_seq" numeric DEFAULT 0,
  	"version_review_round" numeric DEFAULT 0,
  	"version_review_final_authority" "enum__articles_v_version_review_final_authority",
  	"version_review_submitted_at" timestamp(3) with time zone,
  	"version_review_return_reason" varchar,
  	"version_review_approved_hash" varchar,
  	"version_review_approved_at" timestamp(3) with time zone,
  	"version_review_checks" jsonb,
  	"version_review_warnings_acknowledged" boolean,
  	"version_body" jsonb,
  	"version_wechat_title" varchar,
  	"version_wechat_author" varchar,
  	"version_wechat_digest" varchar,
  	"version_wechat_cover_id" integer,
  	"version_wechat_theme" "enum__articles_v_version_wechat_theme",
  	"version_wechat_comments" "enum__articles_v_version_wechat_comments",
  	"version_wechat_source_url" varchar,
  	"version_weibo_text" varchar,
  	"version_weibo_picture_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__articles_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_articles_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_articles_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"channel_accounts_id" integer
  );
  
  CREATE TABLE "videos_credits" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"role" "enum_videos_credits_role",
  	"user_id" integer,
  	"name" varchar
  );
  
  CREATE TABLE "videos_review_approvals" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"stage" "enum_videos_review_approvals_stage",
  	"reviewer_id" integer,
  	"reviewer_name" varchar,
  	"opinion" varchar,
  	"version_hash" varchar,
  	"at" timestamp(3) with time zone
  );
  
  CREATE TABLE "videos_review_proofreading" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"round" numeric,
  	"proofreader_id" integer,
  	"corrections" numeric,
  	"note" varchar,
  	"at" timestamp(3) with time zone
  );
  
  CREATE TABLE "videos" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kicker" varchar,
  	"title" varchar,
  	"subtitle" varchar,
  	"summary" varchar,
  	"unit_id" integer,
  	"column_id" integer,
  	"cover_id" integer,
  	"source" varchar,
  	"scheduled_at" timestamp(3) with time zone,
  	"embargo_until" timestamp(3) with time zone,
  	"correction_notice" varchar,
  	"workflow_state" "enum_videos_workflow_state" DEFAULT 'draft',
  	"author_id" integer,
  	"review_seq" numeric DEFAULT 0,
  	"review_round" numeric DEFAULT 0,
  	"review_final_authority" "enum_videos_review_final_authority",
  	"review_submitted_at" timestamp(3) with time zone,
  	"review_return_reason" varchar,
  	"review_approved_hash" varchar,
  	"review_approved_at" timestamp(3) with time zone,
  	"review_checks" jsonb,
  	"review_warnings_acknowledged" boolean,
  	"video_id" integer,
  	"poster_id" integer,
  	"duration" numeric,
  	"subtitles_id" integer,
  	"transcript" varchar,
  	"body" jsonb,
  	"wechat_title" varchar,
  	"wechat_author" varchar,
  	"wechat_digest" varchar,
  	"wechat_cover_id" integer,
  	"wechat_theme" "enum_videos_wechat_theme",
  	"wechat_comments" "enum_videos_wechat_comments",
  	"wechat_source_url" varchar,
  	"weibo_text" varchar,
  	"weibo_picture_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_videos_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "videos_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "videos_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"channel_accounts_id" integer
  );
  
  CREATE TABLE "_videos_v_version_credits" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"role" "enum__videos_v_version_credits_role",
  	"user_id" integer,
  	"name" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_videos_v_version_review_approvals" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"stage" "enum__videos_v_version_review_approvals_stage",
  	"reviewer_id" integer,
  	"reviewer_name" varchar,
  	"opinion" varchar,
  	"version_hash" varchar,
  	"at" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_videos_v_version_review_proofreading" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"round" numeric,
  	"proofreader_id" integer,
  	"corrections" numeric,
  	"note" varchar,
  	"at" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_videos_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_kicker" varchar,
  	"version_title" varchar,
  	"version_subtitle" varchar,
  	"version_summary" varchar,
  	"version_unit_id" integer,
  	"version_column_id" integer,
  	"version_cover_id" integer,
  	"version_source" varchar,
  	"version_scheduled_at" timestamp(3) with time zone,
  	"version_embargo_until" timestamp(3) with time zone,
  	"version_correction_notice" varchar,
  	"version_workflow_state" "enum__videos_v_version_workflow_state" DEFAULT 'draft',
  	"version_author_id" integer,
  	"version_review_seq" numeric DEFAULT 0,
  	"version_review_round" numeric DEFAULT 0,
  	"version_review_final_authority" "enum__videos_v_version_review_final_authority",
  	"version_review_submitted_at" timestamp(3) with time zone,
  	"version_review_return_reason" varchar,
  	"version_review_approved_hash" varchar,
  	"version_review_approved_at" timestamp(3) with time zone,
  	"version_review_checks" jsonb,
  	"version_review_warnings_acknowledged" boolean,
  	"version_video_id" integer,
  	"version_poster_id" integer,
  	"version_duration" numeric,
  	"version_subtitles_id" integer,
  	"version_transcript" varchar,
  	"version_body" jsonb,
  	"version_wechat_title" varchar,
  	"version_wechat_author" varchar,
  	"version_wechat_digest" varchar,
  	"version_wechat_cover_id" integer,
  	"version_wechat_theme" "enum__videos_v_version_wechat_theme",
  	"version_wechat_comments" "enum__videos_v_version_wechat_comments",
  	"version_wechat_source_url" varchar,
  	"version_weibo_text" varchar,
  	"version_weibo_picture_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__videos_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_videos_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_videos_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"channel_accounts_id" integer
  );
  
  CREATE TABLE "cultural_projects_team" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"user_id" integer,
  	"name" varchar,
  	"role" varchar
  );
  
  CREATE TABLE "cultural_projects_evaluations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"stage" "enum_cultural_projects_evaluations_stage",
  	"note" varchar,
  	"date" timestamp(3) with time zone
  );
  
  CREATE TABLE "cultural_projects" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"kind" "enum_cultural_projects_kind",
  	"unit_id" integer,
  	"period_start" timestamp(3) with time zone,
  	"period_end" timestamp(3) with time zone,
  	"stage" "enum_cultural_projects_stage" DEFAULT 'application',
  	"showcase_summary" varchar,
  	"cover_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_cultural_projects_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "cultural_projects_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"articles_id" integer,
  	"videos_id" integer
  );
  
  CREATE TABLE "_cultural_projects_v_version_team" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"user_id" integer,
  	"name" varchar,
  	"role" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_cultural_projects_v_version_evaluations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"stage" "enum__cultural_projects_v_version_evaluations_stage",
  	"note" varchar,
  	"date" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_cultural_projects_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar,
  	"version_kind" "enum__cultural_projects_v_version_kind",
  	"version_unit_id" integer,
  	"version_period_start" timestamp(3) with time zone,
  	"version_period_end" timestamp(3) with time zone,
  	"version_stage" "enum__cultural_projects_v_version_stage" DEFAULT 'application',
  	"version_showcase_summary" varchar,
  	"version_cover_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__cultural_projects_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_cultural_projects_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"articles_id" integer,
  	"videos_id" integer
  );
  
  CREATE TABLE "columns" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"unit_id" integer NOT NULL,
  	"description" varchar,
  	"wechat_header" varchar,
  	"wechat_footer" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "columns_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"channel_accounts_id" integer
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alt" varchar,
  	"caption" varchar,
  	"credit" varchar,
  	"unit_id" integer,
  	"renditions" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "channel_accounts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"kind" "enum_channel_accounts_kind" NOT NULL,
  	"tier" "enum_channel_accounts_tier" DEFAULT 'unit',
  	"unit_id" integer NOT NULL,
  	"responsible_person" varchar NOT NULL,
  	"responsible_phone" varchar NOT NULL,
  	"filing_number" varchar,
  	"filing_date" timestamp(3) with time zone,
  	"status" "enum_channel_accounts_status" DEFAULT 'pending' NOT NULL,
  	"next_review_date" timestamp(3) with time zone,
  	"settings" jsonb,
  	"credentials_app_id" varchar,
  	"credentials_app_secret" varchar,
  	"credentials_token" varchar,
  	"credentials_encoding_a_e_s_key" varchar,
  	"credentials_access_token" varchar,
  	"credentials_api_base_url" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "channel_accounts_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "units" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"code" varchar NOT NULL,
  	"kind" "enum_units_kind" NOT NULL,
  	"parent_id" integer,
  	"review_authority" boolean DEFAULT false,
  	"required_proof_rounds" numeric DEFAULT 1,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_review_stages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_review_stages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"unit_id" integer NOT NULL,
  	"phone" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "users_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"units_id" integer
  );
  
  CREATE TABLE "sensitive_words" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"word" varchar NOT NULL,
  	"level" "enum_sensitive_words_level" DEFAULT 'warn' NOT NULL,
  	"category" varchar,
  	"note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "typo_corrections" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"wrong" varchar NOT NULL,
  	"right" varchar NOT NULL,
  	"note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "audit_log" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" varchar NOT NULL,
  	"actor_id" integer,
  	"collection_slug" varchar NOT NULL,
  	"doc_id" varchar NOT NULL,
  	"unit_id" integer,
  	"from_state" varchar,
  	"to_state" varchar,
  	"version_hash" varchar,
  	"transition_key" varchar,
  	"note" varchar,
  	"data" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "notifications" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"recipient_id" integer NOT NULL,
  	"kind" "enum_notifications_kind" NOT NULL,
  	"message" varchar NOT NULL,
  	"item_collection_slug" varchar NOT NULL,
  	"item_doc_id" varchar NOT NULL,
  	"item_title" varchar,
  	"actor_id" integer,
  	"read" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "newspaper_issues_pages" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"number" numeric NOT NULL,
  	"name" varchar NOT NULL,
  	"template" "enum_newspaper_issues_pages_template" DEFAULT 'news' NOT NULL,
  	"editor" varchar,
  	"needs_relayout" boolean
  );
  
  CREATE TABLE "newspaper_issues_stories" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"item_id" integer,
  	"priority" numeric DEFAULT 5,
  	"page" numeric,
  	"kicker" varchar,
  	"headline" varchar,
  	"deck" varchar,
  	"cut_to" numeric,
  	"photo_id" integer,
  	"no_photo" boolean,
  	"as_brief" boolean,
  	"copy" jsonb,
  	"version_hash" varchar
  );
  
  CREATE TABLE "newspaper_issues" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"number" numeric NOT NULL,
  	"total_number" numeric,
  	"date" timestamp(3) with time zone NOT NULL,
  	"page_size" "enum_newspaper_issues_page_size" DEFAULT 'tabloid' NOT NULL,
  	"columns" numeric,
  	"status" "enum_newspaper_issues_status" DEFAULT 'planning' NOT NULL,
  	"account_id" integer,
  	"unit_id" integer,
  	"masthead_name" varchar DEFAULT '校报' NOT NULL,
  	"masthead_sponsor" varchar,
  	"masthead_registration" varchar,
  	"masthead_editor_in_chief" varchar,
  	"masthead_contact" varchar,
  	"masthead_website" varchar,
  	"layout" jsonb,
  	"layout_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "radio_programmes_announcers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"label" varchar,
  	"rate" numeric
  );
  
  CREATE TABLE "radio_programmes_blocks_script" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"segment" varchar,
  	"announcer" varchar,
  	"text" varchar,
  	"hinted_text" varchar,
  	"syllables" numeric,
  	"seconds" numeric,
  	"publication_key" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "radio_programmes_blocks_host" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"host_role" "enum_radio_programmes_blocks_host_host_role" DEFAULT 'link',
  	"title" varchar,
  	"segment" varchar,
  	"announcer" varchar,
  	"text" varchar,
  	"seconds" numeric,
  	"block_name" varchar
  );
  
  CREATE TABLE "radio_programmes_blocks_music" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"segment" varchar,
  	"seconds" numeric,
  	"cue" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "radio_programmes_blocks_sting" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"segment" varchar,
  	"seconds" numeric DEFAULT 4,
  	"cue" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "radio_programmes_blocks_insert" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"segment" varchar,
  	"audio_id" integer,
  	"in_cue" varchar,
  	"out_cue" varchar,
  	"seconds" numeric,
  	"cue" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "radio_programmes_blocks_float" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"segment" varchar,
  	"seconds" numeric,
  	"min_seconds" numeric,
  	"max_seconds" numeric,
  	"cue" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "radio_programmes_review_approvals" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"stage" "enum_radio_programmes_review_approvals_stage",
  	"reviewer_id" integer,
  	"reviewer_name" varchar,
  	"opinion" varchar,
  	"version_hash" varchar,
  	"at" timestamp(3) with time zone
  );
  
  CREATE TABLE "radio_programmes_review_proofreading" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"round" numeric,
  	"proofreader_id" integer,
  	"corrections" numeric,
  	"note" varchar,
  	"at" timestamp(3) with time zone
  );
  
  CREATE TABLE "radio_programmes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"column_id" integer,
  	"unit_id" integer,
  	"air_at" timestamp(3) with time zone,
  	"airat_tz" "enum_radio_programmes_airat_tz" DEFAULT 'Asia/Shanghai',
  	"slot_minutes" numeric DEFAULT 15,
  	"rate" numeric DEFAULT 220,
  	"workflow_state" "enum_radio_programmes_workflow_state" DEFAULT 'draft',
  	"author_id" integer,
  	"review_seq" numeric DEFAULT 0,
  	"review_round" numeric DEFAULT 0,
  	"review_final_authority" "enum_radio_programmes_review_final_authority",
  	"review_submitted_at" timestamp(3) with time zone,
  	"review_return_reason" varchar,
  	"review_approved_hash" varchar,
  	"review_approved_at" timestamp(3) with time zone,
  	"review_checks" jsonb,
  	"review_warnings_acknowledged" boolean,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_radio_programmes_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "radio_programmes_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"articles_id" integer,
  	"videos_id" integer
  );
  
  CREATE TABLE "_radio_programmes_v_version_announcers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"label" varchar,
  	"rate" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_radio_programmes_v_blocks_script" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"segment" varchar,
  	"announcer" varchar,
  	"text" varchar,
  	"hinted_text" varchar,
  	"syllables" numeric,
  	"seconds" numeric,
  	"publication_key" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_radio_programmes_v_blocks_host" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"host_role" "enum__radio_programmes_v_blocks_host_host_role" DEFAULT 'link',
  	"title" varchar,
  	"segment" varchar,
  	"announcer" varchar,
  	"text" varchar,
  	"seconds" numeric,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_radio_programmes_v_blocks_music" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"segment" varchar,
  	"seconds" numeric,
  	"cue" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_radio_programmes_v_blocks_sting" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"segment" varchar,
  	"seconds" numeric DEFAULT 4,
  	"cue" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_radio_programmes_v_blocks_insert" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"segment" varchar,
  	"audio_id" integer,
  	"in_cue" varchar,
  	"out_cue" varchar,
  	"seconds" numeric,
  	"cue" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_radio_programmes_v_blocks_float" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"segment" varchar,
  	"seconds" numeric,
  	"min_seconds" numeric,
  	"max_seconds" numeric,
  	"cue" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_radio_programmes_v_version_review_approvals" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"stage" "enum__radio_programmes_v_version_review_approvals_stage",
  	"reviewer_id" integer,
  	"reviewer_name" varchar,
  	"opinion" varchar,
  	"version_hash" varchar,
  	"at" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_radio_programmes_v_version_review_proofreading" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"round" numeric,
  	"proofreader_id" integer,
  	"corrections" numeric,
  	"note" varchar,
  	"at" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_radio_programmes_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_column_id" integer,
  	"version_unit_id" integer,
  	"version_air_at" timestamp(3) with time zone,
  	"version_airat_tz" "enum__radio_programmes_v_version_airat_tz" DEFAULT 'Asia/Shanghai',
  	"version_slot_minutes" numeric DEFAULT 15,
  	"version_rate" numeric DEFAULT 220,
  	"version_workflow_state" "enum__radio_programmes_v_version_workflow_state" DEFAULT 'draft',
  	"version_author_id" integer,
  	"version_review_seq" numeric DEFAULT 0,
  	"version_review_round" numeric DEFAULT 0,
  	"version_review_final_authority" "enum__radio_programmes_v_version_review_final_authority",
  	"version_review_submitted_at" timestamp(3) with time zone,
  	"version_review_return_reason" varchar,
  	"version_review_approved_hash" varchar,
  	"version_review_approved_at" timestamp(3) with time zone,
  	"version_review_checks" jsonb,
  	"version_review_warnings_acknowledged" boolean,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__radio_programmes_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_radio_programmes_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"articles_id" integer,
  	"videos_id" integer
  );
  
  CREATE TABLE "publications" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"item_title" varchar,
  	"version_hash" varchar NOT NULL,
  	"account_id" integer NOT NULL,
  	"channel" "enum_publications_channel" NOT NULL,
  	"unit_id" integer,
  	"state" "enum_publications_state" DEFAULT 'queued' NOT NULL,
  	"attempts" numeric DEFAULT 0,
  	"resends" numeric DEFAULT 0,
  	"scheduled_for" timestamp(3) with time zone,
  	"next_attempt_at" timestamp(3) with time zone,
  	"last_error_code" varchar,
  	"last_error_message" varchar,
  	"last_error_raw" jsonb,
  	"artifact" jsonb,
  	"progress" jsonb,
  	"submitted_at" timestamp(3) with time zone,
  	"status_checks" numeric DEFAULT 0,
  	"external_id" varchar,
  	"url" varchar,
  	"delivered_at" timestamp(3) with time zone,
  	"withdrawn_at" timestamp(3) with time zone,
  	"withdraw_reason" varchar,
  	"corrects_id" integer,
  	"superseded_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "publications_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"articles_id" integer,
  	"videos_id" integer
  );
  
  CREATE TABLE "wechat_bundles_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar,
  	"withdrawn_at" timestamp(3) with time zone,
  	"withdraw_reason" varchar
  );
  
  CREATE TABLE "wechat_bundles" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"account_id" integer NOT NULL,
  	"unit_id" integer,
  	"state" "enum_wechat_bundles_state" DEFAULT 'draft' NOT NULL,
  	"scheduled_for" timestamp(3) with time zone,
  	"attempts" numeric DEFAULT 0,
  	"last_error" varchar,
  	"external_id" varchar,
  	"article_id" varchar,
  	"submitted_at" timestamp(3) with time zone,
  	"delivered_at" timestamp(3) with time zone,
  	"artifact" jsonb,
  	"progress" jsonb,
  	"status_checks" numeric DEFAULT 0,
  	"round" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "wechat_bundles_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"articles_id" integer,
  	"videos_id" integer
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"meta" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"articles_id" integer,
  	"videos_id" integer,
  	"cultural_projects_id" integer,
  	"columns_id" integer,
  	"media_id" integer,
  	"channel_accounts_id" integer,
  	"units_id" integer,
  	"users_id" integer,
  	"sensitive_words_id" integer,
  	"typo_corrections_id" integer,
  	"audit_log_id" integer,
  	"notifications_id" integer,
  	"newspaper_issues_id" integer,
  	"radio_programmes_id" integer,
  	"publications_id" integer,
  	"wechat_bundles_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "articles_credits" ADD CONSTRAINT "articles_credits_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_credits" ADD CONSTRAINT "articles_credits_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_review_approvals" ADD CONSTRAINT "articles_review_approvals_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_review_approvals" ADD CONSTRAINT "articles_review_approvals_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_review_proofreading" ADD CONSTRAINT "articles_review_proofreading_proofreader_id_users_id_fk" FOREIGN KEY ("proofreader_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_review_proofreading" ADD CONSTRAINT "articles_review_proofreading_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_column_id_columns_id_fk" FOREIGN KEY ("column_id") REFERENCES "public"."columns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_cover_id_media_id_fk" FOREIGN KEY ("cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_wechat_cover_id_media_id_fk" FOREIGN KEY ("wechat_cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_weibo_picture_id_media_id_fk" FOREIGN KEY ("weibo_picture_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_texts" ADD CONSTRAINT "articles_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_channel_accounts_fk" FOREIGN KEY ("channel_accounts_id") REFERENCES "public"."channel_accounts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_version_credits" ADD CONSTRAINT "_articles_v_version_credits_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_version_credits" ADD CONSTRAINT "_articles_v_version_credits_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_version_review_approvals" ADD CONSTRAINT "_articles_v_version_review_approvals_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_version_review_approvals" ADD CONSTRAINT "_articles_v_version_review_approvals_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_version_review_proofreading" ADD CONSTRAINT "_articles_v_version_review_proofreading_proofreader_id_users_id_fk" FOREIGN KEY ("proofreader_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_version_review_proofreading" ADD CONSTRAINT "_articles_v_version_review_proofreading_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_parent_id_articles_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_unit_id_units_id_fk" FOREIGN KEY ("version_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_column_id_columns_id_fk" FOREIGN KEY ("version_column_id") REFERENCES "public"."columns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_cover_id_media_id_fk" FOREIGN KEY ("version_cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_author_id_users_id_fk" FOREIGN KEY ("version_author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_wechat_cover_id_media_id_fk" FOREIGN KEY ("version_wechat_cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_weibo_picture_id_media_id_fk" FOREIGN KEY ("version_weibo_picture_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_texts" ADD CONSTRAINT "_articles_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_channel_accounts_fk" FOREIGN KEY ("channel_accounts_id") REFERENCES "public"."channel_accounts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "videos_credits" ADD CONSTRAINT "videos_credits_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "videos_credits" ADD CONSTRAINT "videos_credits_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "videos_review_approvals" ADD CONSTRAINT "videos_review_approvals_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "videos_review_approvals" ADD CONSTRAINT "videos_review_approvals_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "videos_review_proofreading" ADD CONSTRAINT "videos_review_proofreading_proofreader_id_users_id_fk" FOREIGN KEY ("proofreader_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "videos_review_proofreading" ADD CONSTRAINT "videos_review_proofreading_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "videos" ADD CONSTRAINT "videos_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "videos" ADD CONSTRAINT "videos_column_id_columns_id_fk" FOREIGN KEY ("column_id") REFERENCES "public"."columns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "videos" ADD CONSTRAINT "videos_cover_id_media_id_fk" FOREIGN KEY ("cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "videos" ADD CONSTRAINT "videos_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "videos" ADD CONSTRAINT "videos_video_id_media_id_fk" FOREIGN KEY ("video_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "videos" ADD CONSTRAINT "videos_poster_id_media_id_fk" FOREIGN KEY ("poster_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "videos" ADD CONSTRAINT "videos_subtitles_id_media_id_fk" FOREIGN KEY ("subtitles_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "videos" ADD CONSTRAINT "videos_wechat_cover_id_media_id_fk" FOREIGN KEY ("wechat_cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "videos" ADD CONSTRAINT "videos_weibo_picture_id_media_id_fk" FOREIGN KEY ("weibo_picture_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "videos_texts" ADD CONSTRAINT "videos_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "videos_rels" ADD CONSTRAINT "videos_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "videos_rels" ADD CONSTRAINT "videos_rels_channel_accounts_fk" FOREIGN KEY ("channel_accounts_id") REFERENCES "public"."channel_accounts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_videos_v_version_credits" ADD CONSTRAINT "_videos_v_version_credits_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_videos_v_version_credits" ADD CONSTRAINT "_videos_v_version_credits_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_videos_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_videos_v_version_review_approvals" ADD CONSTRAINT "_videos_v_version_review_approvals_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_videos_v_version_review_approvals" ADD CONSTRAINT "_videos_v_version_review_approvals_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_videos_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_videos_v_version_review_proofreading" ADD CONSTRAINT "_videos_v_version_review_proofreading_proofreader_id_users_id_fk" FOREIGN KEY ("proofreader_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_videos_v_version_review_proofreading" ADD CONSTRAINT "_videos_v_version_review_proofreading_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_videos_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_videos_v" ADD CONSTRAINT "_videos_v_parent_id_videos_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."videos"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_videos_v" ADD CONSTRAINT "_videos_v_version_unit_id_units_id_fk" FOREIGN KEY ("version_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_videos_v" ADD CONSTRAINT "_videos_v_version_column_id_columns_id_fk" FOREIGN KEY ("version_column_id") REFERENCES "public"."columns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_videos_v" ADD CONSTRAINT "_videos_v_version_cover_id_media_id_fk" FOREIGN KEY ("version_cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_videos_v" ADD CONSTRAINT "_videos_v_version_author_id_users_id_fk" FOREIGN KEY ("version_author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_videos_v" ADD CONSTRAINT "_videos_v_version_video_id_media_id_fk" FOREIGN KEY ("version_video_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_videos_v" ADD CONSTRAINT "_videos_v_version_poster_id_media_id_fk" FOREIGN KEY ("version_poster_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_videos_v" ADD CONSTRAINT "_videos_v_version_subtitles_id_media_id_fk" FOREIGN KEY ("version_subtitles_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_videos_v" ADD CONSTRAINT "_videos_v_version_wechat_cover_id_media_id_fk" FOREIGN KEY ("version_wechat_cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_videos_v" ADD CONSTRAINT "_videos_v_version_weibo_picture_id_media_id_fk" FOREIGN KEY ("version_weibo_picture_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_videos_v_texts" ADD CONSTRAINT "_videos_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_videos_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_videos_v_rels" ADD CONSTRAINT "_videos_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_videos_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_videos_v_rels" ADD CONSTRAINT "_videos_v_rels_channel_accounts_fk" FOREIGN KEY ("channel_accounts_id") REFERENCES "public"."channel_accounts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "cultural_projects_team" ADD CONSTRAINT "cultural_projects_team_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "cultural_projects_team" ADD CONSTRAINT "cultural_projects_team_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."cultural_projects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "cultural_projects_evaluations" ADD CONSTRAINT "cultural_projects_evaluations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."cultural_projects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "cultural_projects" ADD CONSTRAINT "cultural_projects_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "cultural_projects" ADD CONSTRAINT "cultural_projects_cover_id_media_id_fk" FOREIGN KEY ("cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "cultural_projects_rels" ADD CONSTRAINT "cultural_projects_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."cultural_projects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "cultural_projects_rels" ADD CONSTRAINT "cultural_projects_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "cultural_projects_rels" ADD CONSTRAINT "cultural_projects_rels_videos_fk" FOREIGN KEY ("videos_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_cultural_projects_v_version_team" ADD CONSTRAINT "_cultural_projects_v_version_team_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_cultural_projects_v_version_team" ADD CONSTRAINT "_cultural_projects_v_version_team_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_cultural_projects_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_cultural_projects_v_version_evaluations" ADD CONSTRAINT "_cultural_projects_v_version_evaluations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_cultural_projects_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_cultural_projects_v" ADD CONSTRAINT "_cultural_projects_v_parent_id_cultural_projects_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."cultural_projects"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_cultural_projects_v" ADD CONSTRAINT "_cultural_projects_v_version_unit_id_units_id_fk" FOREIGN KEY ("version_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_cultural_projects_v" ADD CONSTRAINT "_cultural_projects_v_version_cover_id_media_id_fk" FOREIGN KEY ("version_cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_cultural_projects_v_rels" ADD CONSTRAINT "_cultural_projects_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_cultural_projects_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_cultural_projects_v_rels" ADD CONSTRAINT "_cultural_projects_v_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_cultural_projects_v_rels" ADD CONSTRAINT "_cultural_projects_v_rels_videos_fk" FOREIGN KEY ("videos_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "columns" ADD CONSTRAINT "columns_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "columns_rels" ADD CONSTRAINT "columns_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."columns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "columns_rels" ADD CONSTRAINT "columns_rels_channel_accounts_fk" FOREIGN KEY ("channel_accounts_id") REFERENCES "public"."channel_accounts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media" ADD CONSTRAINT "media_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "channel_accounts" ADD CONSTRAINT "channel_accounts_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "channel_accounts_rels" ADD CONSTRAINT "channel_accounts_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."channel_accounts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "channel_accounts_rels" ADD CONSTRAINT "channel_accounts_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "units" ADD CONSTRAINT "units_parent_id_units_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_review_stages" ADD CONSTRAINT "users_review_stages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users" ADD CONSTRAINT "users_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_units_fk" FOREIGN KEY ("units_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "notifications" ADD CONSTRAINT "notifications_recipient_id_users_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "notifications" ADD CONSTRAINT "notifications_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "newspaper_issues_pages" ADD CONSTRAINT "newspaper_issues_pages_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."newspaper_issues"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "newspaper_issues_stories" ADD CONSTRAINT "newspaper_issues_stories_item_id_articles_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "newspaper_issues_stories" ADD CONSTRAINT "newspaper_issues_stories_photo_id_media_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "newspaper_issues_stories" ADD CONSTRAINT "newspaper_issues_stories_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."newspaper_issues"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "newspaper_issues" ADD CONSTRAINT "newspaper_issues_account_id_channel_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."channel_accounts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "newspaper_issues" ADD CONSTRAINT "newspaper_issues_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "radio_programmes_announcers" ADD CONSTRAINT "radio_programmes_announcers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."radio_programmes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "radio_programmes_blocks_script" ADD CONSTRAINT "radio_programmes_blocks_script_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."radio_programmes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "radio_programmes_blocks_host" ADD CONSTRAINT "radio_programmes_blocks_host_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."radio_programmes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "radio_programmes_blocks_music" ADD CONSTRAINT "radio_programmes_blocks_music_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."radio_programmes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "radio_programmes_blocks_sting" ADD CONSTRAINT "radio_programmes_blocks_sting_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."radio_programmes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "radio_programmes_blocks_insert" ADD CONSTRAINT "radio_programmes_blocks_insert_audio_id_media_id_fk" FOREIGN KEY ("audio_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "radio_programmes_blocks_insert" ADD CONSTRAINT "radio_programmes_blocks_insert_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."radio_programmes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "radio_programmes_blocks_float" ADD CONSTRAINT "radio_programmes_blocks_float_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."radio_programmes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "radio_programmes_review_approvals" ADD CONSTRAINT "radio_programmes_review_approvals_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "radio_programmes_review_approvals" ADD CONSTRAINT "radio_programmes_review_approvals_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."radio_programmes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "radio_programmes_review_proofreading" ADD CONSTRAINT "radio_programmes_review_proofreading_proofreader_id_users_id_fk" FOREIGN KEY ("proofreader_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "radio_programmes_review_proofreading" ADD CONSTRAINT "radio_programmes_review_proofreading_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."radio_programmes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "radio_programmes" ADD CONSTRAINT "radio_programmes_column_id_columns_id_fk" FOREIGN KEY ("column_id") REFERENCES "public"."columns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "radio_programmes" ADD CONSTRAINT "radio_programmes_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "radio_programmes" ADD CONSTRAINT "radio_programmes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "radio_programmes_rels" ADD CONSTRAINT "radio_programmes_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."radio_programmes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "radio_programmes_rels" ADD CONSTRAINT "radio_programmes_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "radio_programmes_rels" ADD CONSTRAINT "radio_programmes_rels_videos_fk" FOREIGN KEY ("videos_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_radio_programmes_v_version_announcers" ADD CONSTRAINT "_radio_programmes_v_version_announcers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_radio_programmes_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_radio_programmes_v_blocks_script" ADD CONSTRAINT "_radio_programmes_v_blocks_script_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_radio_programmes_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_radio_programmes_v_blocks_host" ADD CONSTRAINT "_radio_programmes_v_blocks_host_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_radio_programmes_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_radio_programmes_v_blocks_music" ADD CONSTRAINT "_radio_programmes_v_blocks_music_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_radio_programmes_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_radio_programmes_v_blocks_sting" ADD CONSTRAINT "_radio_programmes_v_blocks_sting_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_radio_programmes_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_radio_programmes_v_blocks_insert" ADD CONSTRAINT "_radio_programmes_v_blocks_insert_audio_id_media_id_fk" FOREIGN KEY ("audio_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_radio_programmes_v_blocks_insert" ADD CONSTRAINT "_radio_programmes_v_blocks_insert_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_radio_programmes_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_radio_programmes_v_blocks_float" ADD CONSTRAINT "_radio_programmes_v_blocks_float_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_radio_programmes_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_radio_programmes_v_version_review_approvals" ADD CONSTRAINT "_radio_programmes_v_version_review_approvals_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_radio_programmes_v_version_review_approvals" ADD CONSTRAINT "_radio_programmes_v_version_review_approvals_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_radio_programmes_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_radio_programmes_v_version_review_proofreading" ADD CONSTRAINT "_radio_programmes_v_version_review_proofreading_proofreader_id_users_id_fk" FOREIGN KEY ("proofreader_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_radio_programmes_v_version_review_proofreading" ADD CONSTRAINT "_radio_programmes_v_version_review_proofreading_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_radio_programmes_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_radio_programmes_v" ADD CONSTRAINT "_radio_programmes_v_parent_id_radio_programmes_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."radio_programmes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_radio_programmes_v" ADD CONSTRAINT "_radio_programmes_v_version_column_id_columns_id_fk" FOREIGN KEY ("version_column_id") REFERENCES "public"."columns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_radio_programmes_v" ADD CONSTRAINT "_radio_programmes_v_version_unit_id_units_id_fk" FOREIGN KEY ("version_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_radio_programmes_v" ADD CONSTRAINT "_radio_programmes_v_version_author_id_users_id_fk" FOREIGN KEY ("version_author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_radio_programmes_v_rels" ADD CONSTRAINT "_radio_programmes_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_radio_programmes_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_radio_programmes_v_rels" ADD CONSTRAINT "_radio_programmes_v_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_radio_programmes_v_rels" ADD CONSTRAINT "_radio_programmes_v_rels_videos_fk" FOREIGN KEY ("videos_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "publications" ADD CONSTRAINT "publications_account_id_channel_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."channel_accounts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "publications" ADD CONSTRAINT "publications_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "publications" ADD CONSTRAINT "publications_corrects_id_publications_id_fk" FOREIGN KEY ("corrects_id") REFERENCES "public"."publications"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "publications" ADD CONSTRAINT "publications_superseded_by_id_publications_id_fk" FOREIGN KEY ("superseded_by_id") REFERENCES "public"."publications"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "publications_rels" ADD CONSTRAINT "publications_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."publications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "publications_rels" ADD CONSTRAINT "publications_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "publications_rels" ADD CONSTRAINT "publications_rels_videos_fk" FOREIGN KEY ("videos_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "wechat_bundles_items" ADD CONSTRAINT "wechat_bundles_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."wechat_bundles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "wechat_bundles" ADD CONSTRAINT "wechat_bundles_account_id_channel_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."channel_accounts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "wechat_bundles" ADD CONSTRAINT "wechat_bundles_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "wechat_bundles_rels" ADD CONSTRAINT "wechat_bundles_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."wechat_bundles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "wechat_bundles_rels" ADD CONSTRAINT "wechat_bundles_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "wechat_bundles_rels" ADD CONSTRAINT "wechat_bundles_rels_videos_fk" FOREIGN KEY ("videos_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_videos_fk" FOREIGN KEY ("videos_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_cultural_projects_fk" FOREIGN KEY ("cultural_projects_id") REFERENCES "public"."cultural_projects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_columns_fk" FOREIGN KEY ("columns_id") REFERENCES "public"."columns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_channel_accounts_fk" FOREIGN KEY ("channel_accounts_id") REFERENCES "public"."channel_accounts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_units_fk" FOREIGN KEY ("units_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sensitive_words_fk" FOREIGN KEY ("sensitive_words_id") REFERENCES "public"."sensitive_words"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_typo_corrections_fk" FOREIGN KEY ("typo_corrections_id") REFERENCES "public"."typo_corrections"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_audit_log_fk" FOREIGN KEY ("audit_log_id") REFERENCES "public"."audit_log"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_notifications_fk" FOREIGN KEY ("notifications_id") REFERENCES "public"."notifications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_newspaper_issues_fk" FOREIGN KEY ("newspaper_issues_id") REFERENCES "public"."newspaper_issues"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_radio_programmes_fk" FOREIGN KEY ("radio_programmes_id") REFERENCES "public"."radio_programmes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_publications_fk" FOREIGN KEY ("publications_id") REFERENCES "public"."publications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_wechat_bundles_fk" FOREIGN KEY ("wechat_bundles_id") REFERENCES "public"."wechat_bundles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "articles_credits_order_idx" ON "articles_credits" USING btree ("_order");
  CREATE INDEX "articles_credits_parent_id_idx" ON "articles_credits" USING btree ("_parent_id");
  CREATE INDEX "articles_credits_user_idx" ON "articles_credits" USING btree ("user_id");
  CREATE INDEX "articles_review_approvals_order_idx" ON "articles_review_approvals" USING btree ("_order");
  CREATE INDEX "articles_review_approvals_parent_id_idx" ON "articles_review_approvals" USING btree ("_parent_id");
  CREATE INDEX "articles_review_approvals_reviewer_idx" ON "articles_review_approvals" USING btree ("reviewer_id");
  CREATE INDEX "articles_review_proofreading_order_idx" ON "articles_review_proofreading" USING btree ("_order");
  CREATE INDEX "articles_review_proofreading_parent_id_idx" ON "articles_review_proofreading" USING btree ("_parent_id");
  CREATE INDEX "articles_review_proofreading_proofreader_idx" ON "articles_review_proofreading" USING btree ("proofreader_id");
  CREATE INDEX "articles_unit_idx" ON "articles" USING btree ("unit_id");
  CREATE INDEX "articles_column_idx" ON "articles" USING btree ("column_id");
  CREATE INDEX "articles_cover_idx" ON "articles" USING btree ("cover_id");
  CREATE INDEX "articles_workflow_state_idx" ON "articles" USING btree ("workflow_state");
  CREATE INDEX "articles_author_idx" ON "articles" USING btree ("author_id");
  CREATE INDEX "articles_review_review_approved_hash_idx" ON "articles" USING btree ("review_approved_hash");
  CREATE INDEX "articles_wechat_wechat_cover_idx" ON "articles" USING btree ("wechat_cover_id");
  CREATE INDEX "articles_weibo_weibo_picture_idx" ON "articles" USING btree ("weibo_picture_id");
  CREATE INDEX "articles_updated_at_idx" ON "articles" USING btree ("updated_at");
  CREATE INDEX "articles_created_at_idx" ON "articles" USING btree ("created_at");
  CREATE INDEX "articles__status_idx" ON "articles" USING btree ("_status");
  CREATE INDEX "articles_texts_order_parent" ON "articles_texts" USING btree ("order","parent_id");
  CREATE INDEX "articles_rels_order_idx" ON "articles_rels" USING btree ("order");
  CREATE INDEX "articles_rels_parent_idx" ON "articles_rels" USING btree ("parent_id");
  CREATE INDEX "articles_rels_path_idx" ON "articles_rels" USING btree ("path");
  CREATE INDEX "articles_rels_channel_accounts_id_idx" ON "articles_rels" USING btree ("channel_accounts_id");
  CREATE INDEX "_articles_v_version_credits_order_idx" ON "_articles_v_version_credits" USING btree ("_order");
  CREATE INDEX "_articles_v_version_credits_parent_id_idx" ON "_articles_v_version_credits" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_version_credits_user_idx" ON "_articles_v_version_credits" USING btree ("user_id");
  CREATE INDEX "_articles_v_version_review_approvals_order_idx" ON "_articles_v_version_review_approvals" USING btree ("_order");
  CREATE INDEX "_articles_v_version_review_approvals_parent_id_idx" ON "_articles_v_version_review_approvals" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_version_review_approvals_reviewer_idx" ON "_articles_v_version_review_approvals" USING btree ("reviewer_id");
  CREATE INDEX "_articles_v_version_review_proofreading_order_idx" ON "_articles_v_version_review_proofreading" USING btree ("_order");
  CREATE INDEX "_articles_v_version_review_proofreading_parent_id_idx" ON "_articles_v_version_review_proofreading" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_version_review_proofreading_proofreader_idx" ON "_articles_v_version_review_proofreading" USING btree ("proofreader_id");
  CREATE INDEX "_articles_v_parent_idx" ON "_articles_v" USING btree ("parent_id");
  CREATE INDEX "_articles_v_version_version_unit_idx" ON "_articles_v" USING btree ("version_unit_id");
  CREATE INDEX "_articles_v_version_version_column_idx" ON "_articles_v" USING btree ("version_column_id");
  CREATE INDEX "_articles_v_version_version_cover_idx" ON "_articles_v" USING btree ("version_cover_id");
  CREATE INDEX "_articles_v_version_version_workflow_state_idx" ON "_articles_v" USING btree ("version_workflow_state");
  CREATE INDEX "_articles_v_version_version_author_idx" ON "_articles_v" USING btree ("version_author_id");
  CREATE INDEX "_articles_v_version_review_version_review_approved_hash_idx" ON "_articles_v" USING btree ("version_review_approved_hash");
  CREATE INDEX "_articles_v_version_wechat_version_wechat_cover_idx" ON "_articles_v" USING btree ("version_wechat_cover_id");
  CREATE INDEX "_articles_v_version_weibo_version_weibo_picture_idx" ON "_articles_v" USING btree ("version_weibo_picture_id");
  CREATE INDEX "_articles_v_version_version_updated_at_idx" ON "_articles_v" USING btree ("version_updated_at");
  CREATE INDEX "_articles_v_version_version_created_at_idx" ON "_articles_v" USING btree ("version_created_at");
  CREATE INDEX "_articles_v_version_version__status_idx" ON "_articles_v" USING btree ("version__status");
  CREATE INDEX "_articles_v_created_at_idx" ON "_articles_v" USING btree ("created_at");
  CREATE INDEX "_articles_v_updated_at_idx" ON "_articles_v" USING btree ("updated_at");
  CREATE INDEX "_articles_v_latest_idx" ON "_articles_v" USING btree ("latest");
  CREATE INDEX "_articles_v_texts_order_parent" ON "_articles_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_articles_v_rels_order_idx" ON "_articles_v_rels" USING btree ("order");
  CREATE INDEX "_articles_v_rels_parent_idx" ON "_articles_v_rels" USING btree ("parent_id");
  CREATE INDEX "_articles_v_rels_path_idx" ON "_articles_v_rels" USING btree ("path");
  CREATE INDEX "_articles_v_rels_channel_accounts_id_idx" ON "_articles_v_rels" USING btree ("channel_accounts_id");
  CREATE INDEX "videos_credits_order_idx" ON "videos_credits" USING btree ("_order");
  CREATE INDEX "videos_credits_parent_id_idx" ON "videos_credits" USING btree ("_parent_id");
  CREATE INDEX "videos_credits_user_idx" ON "videos_credits" USING btree ("user_id");
  CREATE INDEX "videos_review_approvals_order_idx" ON "videos_review_approvals" USING btree ("_order");
  CREATE INDEX "videos_review_approvals_parent_id_idx" ON "videos_review_approvals" USING btree ("_parent_id");
  CREATE INDEX "videos_review_approvals_reviewer_idx" ON "videos_review_approvals" USING btree ("reviewer_id");
  CREATE INDEX "videos_review_proofreading_order_idx" ON "videos_review_proofreading" USING btree ("_order");
  CREATE INDEX "videos_review_proofreading_parent_id_idx" ON "videos_review_proofreading" USING btree ("_parent_id");
  CREATE INDEX "videos_review_proofreading_proofreader_idx" ON "videos_review_proofreading" USING btree ("proofreader_id");
  CREATE INDEX "videos_unit_idx" ON "videos" USING btree ("unit_id");
  CREATE INDEX "videos_column_idx" ON "videos" USING btree ("column_id");
  CREATE INDEX "videos_cover_idx" ON "videos" USING btree ("cover_id");
  CREATE INDEX "videos_workflow_state_idx" ON "videos" USING btree ("workflow_state");
  CREATE INDEX "videos_author_idx" ON "videos" USING btree ("author_id");
  CREATE INDEX "videos_review_review_approved_hash_idx" ON "videos" USING btree ("review_approved_hash");
  CREATE INDEX "videos_video_idx" ON "videos" USING btree ("video_id");
  CREATE INDEX "videos_poster_idx" ON "videos" USING btree ("poster_id");
  CREATE INDEX "videos_subtitles_idx" ON "videos" USING btree ("subtitles_id");
  CREATE INDEX "videos_wechat_wechat_cover_idx" ON "videos" USING btree ("wechat_cover_id");
  CREATE INDEX "videos_weibo_weibo_picture_idx" ON "videos" USING btree ("weibo_picture_id");
  CREATE INDEX "videos_updated_at_idx" ON "videos" USING btree ("updated_at");
  CREATE INDEX "videos_created_at_idx" ON "videos" USING btree ("created_at");
  CREATE INDEX "videos__status_idx" ON "videos" USING btree ("_status");
  CREATE INDEX "videos_texts_order_parent" ON "videos_texts" USING btree ("order","parent_id");
  CREATE INDEX "videos_rels_order_idx" ON "videos_rels" USING btree ("order");
  CREATE INDEX "videos_rels_parent_idx" ON "videos_rels" USING btree ("parent_id");
  CREATE INDEX "videos_rels_path_idx" ON "videos_rels" USING btree ("path");
  CREATE INDEX "videos_rels_channel_accounts_id_idx" ON "videos_rels" USING btree ("channel_accounts_id");
  CREATE INDEX "_videos_v_version_credits_order_idx" ON "_videos_v_version_credits" USING btree ("_order");
  CREATE INDEX "_videos_v_version_credits_parent_id_idx" ON "_videos_v_version_credits" USING btree ("_parent_id");
  CREATE INDEX "_videos_v_version_credits_user_idx" ON "_videos_v_version_credits" USING btree ("user_id");
  CREATE INDEX "_videos_v_version_review_approvals_order_idx" ON "_videos_v_version_review_approvals" USING btree ("_order");
  CREATE INDEX "_videos_v_version_review_approvals_parent_id_idx" ON "_videos_v_version_review_approvals" USING btree ("_parent_id");
  CREATE INDEX "_videos_v_version_review_approvals_reviewer_idx" ON "_videos_v_version_review_approvals" USING btree ("reviewer_id");
  CREATE INDEX "_videos_v_version_review_proofreading_order_idx" ON "_videos_v_version_review_proofreading" USING btree ("_order");
  CREATE INDEX "_videos_v_version_review_proofreading_parent_id_idx" ON "_videos_v_version_review_proofreading" USING btree ("_parent_id");
  CREATE INDEX "_videos_v_version_review_proofreading_proofreader_idx" ON "_videos_v_version_review_proofreading" USING btree ("proofreader_id");
  CREATE INDEX "_videos_v_parent_idx" ON "_videos_v" USING btree ("parent_id");
  CREATE INDEX "_videos_v_version_version_unit_idx" ON "_videos_v" USING btree ("version_unit_id");
  CREATE INDEX "_videos_v_version_version_column_idx" ON "_videos_v" USING btree ("version_column_id");
  CREATE INDEX "_videos_v_version_version_cover_idx" ON "_videos_v" USING btree ("version_cover_id");
  CREATE INDEX "_videos_v_version_version_workflow_state_idx" ON "_videos_v" USING btree ("version_workflow_state");
  CREATE INDEX "_videos_v_version_version_author_idx" ON "_videos_v" USING btree ("version_author_id");
  CREATE INDEX "_videos_v_version_review_version_review_approved_hash_idx" ON "_videos_v" USING btree ("version_review_approved_hash");
  CREATE INDEX "_videos_v_version_version_video_idx" ON "_videos_v" USING btree ("version_video_id");
  CREATE INDEX "_videos_v_version_version_poster_idx" ON "_videos_v" USING btree ("version_poster_id");
  CREATE INDEX "_videos_v_version_version_subtitles_idx" ON "_videos_v" USING btree ("version_subtitles_id");
  CREATE INDEX "_videos_v_version_wechat_version_wechat_cover_idx" ON "_videos_v" USING btree ("version_wechat_cover_id");
  CREATE INDEX "_videos_v_version_weibo_version_weibo_picture_idx" ON "_videos_v" USING btree ("version_weibo_picture_id");
  CREATE INDEX "_videos_v_version_version_updated_at_idx" ON "_videos_v" USING btree ("version_updated_at");
  CREATE INDEX "_videos_v_version_version_created_at_idx" ON "_videos_v" USING btree ("version_created_at");
  CREATE INDEX "_videos_v_version_version__status_idx" ON "_videos_v" USING btree ("version__status");
  CREATE INDEX "_videos_v_created_at_idx" ON "_videos_v" USING btree ("created_at");
  CREATE INDEX "_videos_v_updated_at_idx" ON "_videos_v" USING btree ("updated_at");
  CREATE INDEX "_videos_v_latest_idx" ON "_videos_v" USING btree ("latest");
  CREATE INDEX "_videos_v_texts_order_parent" ON "_videos_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_videos_v_rels_order_idx" ON "_videos_v_rels" USING btree ("order");
  CREATE INDEX "_videos_v_rels_parent_idx" ON "_videos_v_rels" USING btree ("parent_id");
  CREATE INDEX "_videos_v_rels_path_idx" ON "_videos_v_rels" USING btree ("path");
  CREATE INDEX "_videos_v_rels_channel_accounts_id_idx" ON "_videos_v_rels" USING btree ("channel_accounts_id");
  CREATE INDEX "cultural_projects_team_order_idx" ON "cultural_projects_team" USING btree ("_order");
  CREATE INDEX "cultural_projects_team_parent_id_idx" ON "cultural_projects_team" USING btree ("_parent_id");
  CREATE INDEX "cultural_projects_team_user_idx" ON "cultural_projects_team" USING btree ("user_id");
  CREATE INDEX "cultural_projects_evaluations_order_idx" ON "cultural_projects_evaluations" USING btree ("_order");
  CREATE INDEX "cultural_projects_evaluations_parent_id_idx" ON "cultural_projects_evaluations" USING btree ("_parent_id");
  CREATE INDEX "cultural_projects_unit_idx" ON "cultural_projects" USING btree ("unit_id");
  CREATE INDEX "cultural_projects_cover_idx" ON "cultural_projects" USING btree ("cover_id");
  CREATE INDEX "cultural_projects_updated_at_idx" ON "cultural_projects" USING btree ("updated_at");
  CREATE INDEX "cultural_projects_created_at_idx" ON "cultural_projects" USING btree ("created_at");
  CREATE INDEX "cultural_projects__status_idx" ON "cultural_projects" USING btree ("_status");
  CREATE INDEX "cultural_projects_rels_order_idx" ON "cultural_projects_rels" USING btree ("order");
  CREATE INDEX "cultural_projects_rels_parent_idx" ON "cultural_projects_rels" USING btree ("parent_id");
  CREATE INDEX "cultural_projects_rels_path_idx" ON "cultural_projects_rels" USING btree ("path");
  CREATE INDEX "cultural_projects_rels_articles_id_idx" ON "cultural_projects_rels" USING btree ("articles_id");
  CREATE INDEX "cultural_projects_rels_videos_id_idx" ON "cultural_projects_rels" USING btree ("videos_id");
  CREATE INDEX "_cultural_projects_v_version_team_order_idx" ON "_cultural_projects_v_version_team" USING btree ("_order");
  CREATE INDEX "_cultural_projects_v_version_team_parent_id_idx" ON "_cultural_projects_v_version_team" USING btree ("_parent_id");
  CREATE INDEX "_cultural_projects_v_version_team_user_idx" ON "_cultural_projects_v_version_team" USING btree ("user_id");
  CREATE INDEX "_cultural_projects_v_version_evaluations_order_idx" ON "_cultural_projects_v_version_evaluations" USING btree ("_order");
  CREATE INDEX "_cultural_projects_v_version_evaluations_parent_id_idx" ON "_cultural_projects_v_version_evaluations" USING btree ("_parent_id");
  CREATE INDEX "_cultural_projects_v_parent_idx" ON "_cultural_projects_v" USING btree ("parent_id");
  CREATE INDEX "_cultural_projects_v_version_version_unit_idx" ON "_cultural_projects_v" USING btree ("version_unit_id");
  CREATE INDEX "_cultural_projects_v_version_version_cover_idx" ON "_cultural_projects_v" USING btree ("version_cover_id");
  CREATE INDEX "_cultural_projects_v_version_version_updated_at_idx" ON "_cultural_projects_v" USING btree ("version_updated_at");
  CREATE INDEX "_cultural_projects_v_version_version_created_at_idx" ON "_cultural_projects_v" USING btree ("version_created_at");
  CREATE INDEX "_cultural_projects_v_version_version__status_idx" ON "_cultural_projects_v" USING btree ("version__status");
  CREATE INDEX "_cultural_projects_v_created_at_idx" ON "_cultural_projects_v" USING btree ("created_at");
  CREATE INDEX "_cultural_projects_v_updated_at_idx" ON "_cultural_projects_v" USING btree ("updated_at");
  CREATE INDEX "_cultural_projects_v_latest_idx" ON "_cultural_projects_v" USING btree ("latest");
  CREATE INDEX "_cultural_projects_v_rels_order_idx" ON "_cultural_projects_v_rels" USING btree ("order");
  CREATE INDEX "_cultural_projects_v_rels_parent_idx" ON "_cultural_projects_v_rels" USING btree ("parent_id");
  CREATE INDEX "_cultural_projects_v_rels_path_idx" ON "_cultural_projects_v_rels" USING btree ("path");
  CREATE INDEX "_cultural_projects_v_rels_articles_id_idx" ON "_cultural_projects_v_rels" USING btree ("articles_id");
  CREATE INDEX "_cultural_projects_v_rels_videos_id_idx" ON "_cultural_projects_v_rels" USING btree ("videos_id");
  CREATE UNIQUE INDEX "columns_name_idx" ON "columns" USING btree ("name");
  CREATE UNIQUE INDEX "columns_slug_idx" ON "columns" USING btree ("slug");
  CREATE INDEX "columns_unit_idx" ON "columns" USING btree ("unit_id");
  CREATE INDEX "columns_updated_at_idx" ON "columns" USING btree ("updated_at");
  CREATE INDEX "columns_created_at_idx" ON "columns" USING btree ("created_at");
  CREATE INDEX "columns_rels_order_idx" ON "columns_rels" USING btree ("order");
  CREATE INDEX "columns_rels_parent_idx" ON "columns_rels" USING btree ("parent_id");
  CREATE INDEX "columns_rels_path_idx" ON "columns_rels" USING btree ("path");
  CREATE INDEX "columns_rels_channel_accounts_id_idx" ON "columns_rels" USING btree ("channel_accounts_id");
  CREATE INDEX "media_unit_idx" ON "media" USING btree ("unit_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "channel_accounts_unit_idx" ON "channel_accounts" USING btree ("unit_id");
  CREATE INDEX "channel_accounts_updated_at_idx" ON "channel_accounts" USING btree ("updated_at");
  CREATE INDEX "channel_accounts_created_at_idx" ON "channel_accounts" USING btree ("created_at");
  CREATE INDEX "channel_accounts_rels_order_idx" ON "channel_accounts_rels" USING btree ("order");
  CREATE INDEX "channel_accounts_rels_parent_idx" ON "channel_accounts_rels" USING btree ("parent_id");
  CREATE INDEX "channel_accounts_rels_path_idx" ON "channel_accounts_rels" USING btree ("path");
  CREATE INDEX "channel_accounts_rels_users_id_idx" ON "channel_accounts_rels" USING btree ("users_id");
  CREATE UNIQUE INDEX "units_name_idx" ON "units" USING btree ("name");
  CREATE UNIQUE INDEX "units_code_idx" ON "units" USING btree ("code");
  CREATE INDEX "units_parent_idx" ON "units" USING btree ("parent_id");
  CREATE INDEX "units_updated_at_idx" ON "units" USING btree ("updated_at");
  CREATE INDEX "units_created_at_idx" ON "units" USING btree ("created_at");
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_review_stages_order_idx" ON "users_review_stages" USING btree ("order");
  CREATE INDEX "users_review_stages_parent_idx" ON "users_review_stages" USING btree ("parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_unit_idx" ON "users" USING btree ("unit_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "users_rels_order_idx" ON "users_rels" USING btree ("order");
  CREATE INDEX "users_rels_parent_idx" ON "users_rels" USING btree ("parent_id");
  CREATE INDEX "users_rels_path_idx" ON "users_rels" USING btree ("path");
  CREATE INDEX "users_rels_units_id_idx" ON "users_rels" USING btree ("units_id");
  CREATE UNIQUE INDEX "sensitive_words_word_idx" ON "sensitive_words" USING btree ("word");
  CREATE INDEX "sensitive_words_updated_at_idx" ON "sensitive_words" USING btree ("updated_at");
  CREATE INDEX "sensitive_words_created_at_idx" ON "sensitive_words" USING btree ("created_at");
  CREATE UNIQUE INDEX "typo_corrections_wrong_idx" ON "typo_corrections" USING btree ("wrong");
  CREATE INDEX "typo_corrections_updated_at_idx" ON "typo_corrections" USING btree ("updated_at");
  CREATE INDEX "typo_corrections_created_at_idx" ON "typo_corrections" USING btree ("created_at");
  CREATE INDEX "audit_log_action_idx" ON "audit_log" USING btree ("action");
  CREATE INDEX "audit_log_actor_idx" ON "audit_log" USING btree ("actor_id");
  CREATE INDEX "audit_log_doc_id_idx" ON "audit_log" USING btree ("doc_id");
  CREATE INDEX "audit_log_unit_idx" ON "audit_log" USING btree ("unit_id");
  CREATE UNIQUE INDEX "audit_log_transition_key_idx" ON "audit_log" USING btree ("transition_key");
  CREATE INDEX "audit_log_updated_at_idx" ON "audit_log" USING btree ("updated_at");
  CREATE INDEX "audit_log_created_at_idx" ON "audit_log" USING btree ("created_at");
  CREATE INDEX "notifications_recipient_idx" ON "notifications" USING btree ("recipient_id");
  CREATE INDEX "notifications_item_item_doc_id_idx" ON "notifications" USING btree ("item_doc_id");
  CREATE INDEX "notifications_actor_idx" ON "notifications" USING btree ("actor_id");
  CREATE INDEX "notifications_read_idx" ON "notifications" USING btree ("read");
  CREATE INDEX "notifications_updated_at_idx" ON "notifications" USING btree ("updated_at");
  CREATE INDEX "notifications_created_at_idx" ON "notifications" USING btree ("created_at");
  CREATE INDEX "newspaper_issues_pages_order_idx" ON "newspaper_issues_pages" USING btree ("_order");
  CREATE INDEX "newspaper_issues_pages_parent_id_idx" ON "newspaper_issues_pages" USING btree ("_parent_id");
  CREATE INDEX "newspaper_issues_stories_order_idx" ON "newspaper_issues_stories" USING btree ("_order");
  CREATE INDEX "newspaper_issues_stories_parent_id_idx" ON "newspaper_issues_stories" USING btree ("_parent_id");
  CREATE INDEX "newspaper_issues_stories_item_idx" ON "newspaper_issues_stories" USING btree ("item_id");
  CREATE INDEX "newspaper_issues_stories_photo_idx" ON "newspaper_issues_stories" USING btree ("photo_id");
  CREATE INDEX "newspaper_issues_date_idx" ON "newspaper_issues" USING btree ("date");
  CREATE INDEX "newspaper_issues_status_idx" ON "newspaper_issues" USING btree ("status");
  CREATE INDEX "newspaper_issues_account_idx" ON "newspaper_issues" USING btree ("account_id");
  CREATE INDEX "newspaper_issues_unit_idx" ON "newspaper_issues" USING btree ("unit_id");
  CREATE INDEX "newspaper_issues_updated_at_idx" ON "newspaper_issues" USING btree ("updated_at");
  CREATE INDEX "newspaper_issues_created_at_idx" ON "newspaper_issues" USING btree ("created_at");
  CREATE INDEX "radio_programmes_announcers_order_idx" ON "radio_programmes_announcers" USING btree ("_order");
  CREATE INDEX "radio_programmes_announcers_parent_id_idx" ON "radio_programmes_announcers" USING btree ("_parent_id");
  CREATE INDEX "radio_programmes_blocks_script_order_idx" ON "radio_programmes_blocks_script" USING btree ("_order");
  CREATE INDEX "radio_programmes_blocks_script_parent_id_idx" ON "radio_programmes_blocks_script" USING btree ("_parent_id");
  CREATE INDEX "radio_programmes_blocks_script_path_idx" ON "radio_programmes_blocks_script" USING btree ("_path");
  CREATE INDEX "radio_programmes_blocks_host_order_idx" ON "radio_programmes_blocks_host" USING btree ("_order");
  CREATE INDEX "radio_programmes_blocks_host_parent_id_idx" ON "radio_programmes_blocks_host" USING btree ("_parent_id");
  CREATE INDEX "radio_programmes_blocks_host_path_idx" ON "radio_programmes_blocks_host" USING btree ("_path");
  CREATE INDEX "radio_programmes_blocks_music_order_idx" ON "radio_programmes_blocks_music" USING btree ("_order");
  CREATE INDEX "radio_programmes_blocks_music_parent_id_idx" ON "radio_programmes_blocks_music" USING btree ("_parent_id");
  CREATE INDEX "radio_programmes_blocks_music_path_idx" ON "radio_programmes_blocks_music" USING btree ("_path");
  CREATE INDEX "radio_programmes_blocks_sting_order_idx" ON "radio_programmes_blocks_sting" USING btree ("_order");
  CREATE INDEX "radio_programmes_blocks_sting_parent_id_idx" ON "radio_programmes_blocks_sting" USING btree ("_parent_id");
  CREATE INDEX "radio_programmes_blocks_sting_path_idx" ON "radio_programmes_blocks_sting" USING btree ("_path");
  CREATE INDEX "radio_programmes_blocks_insert_order_idx" ON "radio_programmes_blocks_insert" USING btree ("_order");
  CREATE INDEX "radio_programmes_blocks_insert_parent_id_idx" ON "radio_programmes_blocks_insert" USING btree ("_parent_id");
  CREATE INDEX "radio_programmes_blocks_insert_path_idx" ON "radio_programmes_blocks_insert" USING btree ("_path");
  CREATE INDEX "radio_programmes_blocks_insert_audio_idx" ON "radio_programmes_blocks_insert" USING btree ("audio_id");
  CREATE INDEX "radio_programmes_blocks_float_order_idx" ON "radio_programmes_blocks_float" USING btree ("_order");
  CREATE INDEX "radio_programmes_blocks_float_parent_id_idx" ON "radio_programmes_blocks_float" USING btree ("_parent_id");
  CREATE INDEX "radio_programmes_blocks_float_path_idx" ON "radio_programmes_blocks_float" USING btree ("_path");
  CREATE INDEX "radio_programmes_review_approvals_order_idx" ON "radio_programmes_review_approvals" USING btree ("_order");
  CREATE INDEX "radio_programmes_review_approvals_parent_id_idx" ON "radio_programmes_review_approvals" USING btree ("_parent_id");
  CREATE INDEX "radio_programmes_review_approvals_reviewer_idx" ON "radio_programmes_review_approvals" USING btree ("reviewer_id");
  CREATE INDEX "radio_programmes_review_proofreading_order_idx" ON "radio_programmes_review_proofreading" USING btree ("_order");
  CREATE INDEX "radio_programmes_review_proofreading_parent_id_idx" ON "radio_programmes_review_proofreading" USING btree ("_parent_id");
  CREATE INDEX "radio_programmes_review_proofreading_proofreader_idx" ON "radio_programmes_review_proofreading" USING btree ("proofreader_id");
  CREATE INDEX "radio_programmes_column_idx" ON "radio_programmes" USING btree ("column_id");
  CREATE INDEX "radio_programmes_unit_idx" ON "radio_programmes" USING btree ("unit_id");
  CREATE INDEX "radio_programmes_air_at_idx" ON "radio_programmes" USING btree ("air_at");
  CREATE INDEX "radio_programmes_workflow_state_idx" ON "radio_programmes" USING btree ("workflow_state");
  CREATE INDEX "radio_programmes_author_idx" ON "radio_programmes" USING btree ("author_id");
  CREATE INDEX "radio_programmes_review_review_approved_hash_idx" ON "radio_programmes" USING btree ("review_approved_hash");
  CREATE INDEX "radio_programmes_updated_at_idx" ON "radio_programmes" USING btree ("updated_at");
  CREATE INDEX "radio_programmes_created_at_idx" ON "radio_programmes" USING btree ("created_at");
  CREATE INDEX "radio_programmes__status_idx" ON "radio_programmes" USING btree ("_status");
  CREATE INDEX "radio_programmes_rels_order_idx" ON "radio_programmes_rels" USING btree ("order");
  CREATE INDEX "radio_programmes_rels_parent_idx" ON "radio_programmes_rels" USING btree ("parent_id");
  CREATE INDEX "radio_programmes_rels_path_idx" ON "radio_programmes_rels" USING btree ("path");
  CREATE INDEX "radio_programmes_rels_articles_id_idx" ON "radio_programmes_rels" USING btree ("articles_id");
  CREATE INDEX "radio_programmes_rels_videos_id_idx" ON "radio_programmes_rels" USING btree ("videos_id");
  CREATE INDEX "_radio_programmes_v_version_announcers_order_idx" ON "_radio_programmes_v_version_announcers" USING btree ("_order");
  CREATE INDEX "_radio_programmes_v_version_announcers_parent_id_idx" ON "_radio_programmes_v_version_announcers" USING btree ("_parent_id");
  CREATE INDEX "_radio_programmes_v_blocks_script_order_idx" ON "_radio_programmes_v_blocks_script" USING btree ("_order");
  CREATE INDEX "_radio_programmes_v_blocks_script_parent_id_idx" ON "_radio_programmes_v_blocks_script" USING btree ("_parent_id");
  CREATE INDEX "_radio_programmes_v_blocks_script_path_idx" ON "_radio_programmes_v_blocks_script" USING btree ("_path");
  CREATE INDEX "_radio_programmes_v_blocks_host_order_idx" ON "_radio_programmes_v_blocks_host" USING btree ("_order");
  CREATE INDEX "_radio_programmes_v_blocks_host_parent_id_idx" ON "_radio_programmes_v_blocks_host" USING btree ("_parent_id");
  CREATE INDEX "_radio_programmes_v_blocks_host_path_idx" ON "_radio_programmes_v_blocks_host" USING btree ("_path");
  CREATE INDEX "_radio_programmes_v_blocks_music_order_idx" ON "_radio_programmes_v_blocks_music" USING btree ("_order");
  CREATE INDEX "_radio_programmes_v_blocks_music_parent_id_idx" ON "_radio_programmes_v_blocks_music" USING btree ("_parent_id");
  CREATE INDEX "_radio_programmes_v_blocks_music_path_idx" ON "_radio_programmes_v_blocks_music" USING btree ("_path");
  CREATE INDEX "_radio_programmes_v_blocks_sting_order_idx" ON "_radio_programmes_v_blocks_sting" USING btree ("_order");
  CREATE INDEX "_radio_programmes_v_blocks_sting_parent_id_idx" ON "_radio_programmes_v_blocks_sting" USING btree ("_parent_id");
  CREATE INDEX "_radio_programmes_v_blocks_sting_path_idx" ON "_radio_programmes_v_blocks_sting" USING btree ("_path");
  CREATE INDEX "_radio_programmes_v_blocks_insert_order_idx" ON "_radio_programmes_v_blocks_insert" USING btree ("_order");
  CREATE INDEX "_radio_programmes_v_blocks_insert_parent_id_idx" ON "_radio_programmes_v_blocks_insert" USING btree ("_parent_id");
  CREATE INDEX "_radio_programmes_v_blocks_insert_path_idx" ON "_radio_programmes_v_blocks_insert" USING btree ("_path");
  CREATE INDEX "_radio_programmes_v_blocks_insert_audio_idx" ON "_radio_programmes_v_blocks_insert" USING btree ("audio_id");
  CREATE INDEX "_radio_programmes_v_blocks_float_order_idx" ON "_radio_programmes_v_blocks_float" USING btree ("_order");
  CREATE INDEX "_radio_programmes_v_blocks_float_parent_id_idx" ON "_radio_programmes_v_blocks_float" USING btree ("_parent_id");
  CREATE INDEX "_radio_programmes_v_blocks_float_path_idx" ON "_radio_programmes_v_blocks_float" USING btree ("_path");
  CREATE INDEX "_radio_programmes_v_version_review_approvals_order_idx" ON "_radio_programmes_v_version_review_approvals" USING btree ("_order");
  CREATE INDEX "_radio_programmes_v_version_review_approvals_parent_id_idx" ON "_radio_programmes_v_version_review_approvals" USING btree ("_parent_id");
  CREATE INDEX "_radio_programmes_v_version_review_approvals_reviewer_idx" ON "_radio_programmes_v_version_review_approvals" USING btree ("reviewer_id");
  CREATE INDEX "_radio_programmes_v_version_review_proofreading_order_idx" ON "_radio_programmes_v_version_review_proofreading" USING btree ("_order");
  CREATE INDEX "_radio_programmes_v_version_review_proofreading_parent_id_idx" ON "_radio_programmes_v_version_review_proofreading" USING btree ("_parent_id");
  CREATE INDEX "_radio_programmes_v_version_review_proofreading_proofrea_idx" ON "_radio_programmes_v_version_review_proofreading" USING btree ("proofreader_id");
  CREATE INDEX "_radio_programmes_v_parent_idx" ON "_radio_programmes_v" USING btree ("parent_id");
  CREATE INDEX "_radio_programmes_v_version_version_column_idx" ON "_radio_programmes_v" USING btree ("version_column_id");
  CREATE INDEX "_radio_programmes_v_version_version_unit_idx" ON "_radio_programmes_v" USING btree ("version_unit_id");
  CREATE INDEX "_radio_programmes_v_version_version_air_at_idx" ON "_radio_programmes_v" USING btree ("version_air_at");
  CREATE INDEX "_radio_programmes_v_version_version_workflow_state_idx" ON "_radio_programmes_v" USING btree ("version_workflow_state");
  CREATE INDEX "_radio_programmes_v_version_version_author_idx" ON "_radio_programmes_v" USING btree ("version_author_id");
  CREATE INDEX "_radio_programmes_v_version_review_version_review_approv_idx" ON "_radio_programmes_v" USING btree ("version_review_approved_hash");
  CREATE INDEX "_radio_programmes_v_version_version_updated_at_idx" ON "_radio_programmes_v" USING btree ("version_updated_at");
  CREATE INDEX "_radio_programmes_v_version_version_created_at_idx" ON "_radio_programmes_v" USING btree ("version_created_at");
  CREATE INDEX "_radio_programmes_v_version_version__status_idx" ON "_radio_programmes_v" USING btree ("version__status");
  CREATE INDEX "_radio_programmes_v_created_at_idx" ON "_radio_programmes_v" USING btree ("created_at");
  CREATE INDEX "_radio_programmes_v_updated_at_idx" ON "_radio_programmes_v" USING btree ("updated_at");
  CREATE INDEX "_radio_programmes_v_latest_idx" ON "_radio_programmes_v" USING btree ("latest");
  CREATE INDEX "_radio_programmes_v_rels_order_idx" ON "_radio_programmes_v_rels" USING btree ("order");
  CREATE INDEX "_radio_programmes_v_rels_parent_idx" ON "_radio_programmes_v_rels" USING btree ("parent_id");
  CREATE INDEX "_radio_programmes_v_rels_path_idx" ON "_radio_programmes_v_rels" USING btree ("path");
  CREATE INDEX "_radio_programmes_v_rels_articles_id_idx" ON "_radio_programmes_v_rels" USING btree ("articles_id");
  CREATE INDEX "_radio_programmes_v_rels_videos_id_idx" ON "_radio_programmes_v_rels" USING btree ("videos_id");
  CREATE UNIQUE INDEX "publications_key_idx" ON "publications" USING btree ("key");
  CREATE INDEX "publications_version_hash_idx" ON "publications" USING btree ("version_hash");
  CREATE INDEX "publications_account_idx" ON "publications" USING btree ("account_id");
  CREATE INDEX "publications_channel_idx" ON "publications" USING btree ("channel");
  CREATE INDEX "publications_unit_idx" ON "publications" USING btree ("unit_id");
  CREATE INDEX "publications_state_idx" ON "publications" USING btree ("state");
  CREATE INDEX "publications_corrects_idx" ON "publications" USING btree ("corrects_id");
  CREATE INDEX "publications_superseded_by_idx" ON "publications" USING btree ("superseded_by_id");
  CREATE INDEX "publications_updated_at_idx" ON "publications" USING btree ("updated_at");
  CREATE INDEX "publications_created_at_idx" ON "publications" USING btree ("created_at");
  CREATE INDEX "publications_rels_order_idx" ON "publications_rels" USING btree ("order");
  CREATE INDEX "publications_rels_parent_idx" ON "publications_rels" USING btree ("parent_id");
  CREATE INDEX "publications_rels_path_idx" ON "publications_rels" USING btree ("path");
  CREATE INDEX "publications_rels_articles_id_idx" ON "publications_rels" USING btree ("articles_id");
  CREATE INDEX "publications_rels_videos_id_idx" ON "publications_rels" USING btree ("videos_id");
  CREATE INDEX "wechat_bundles_items_order_idx" ON "wechat_bundles_items" USING btree ("_order");
  CREATE INDEX "wechat_bundles_items_parent_id_idx" ON "wechat_bundles_items" USING btree ("_parent_id");
  CREATE INDEX "wechat_bundles_account_idx" ON "wechat_bundles" USING btree ("account_id");
  CREATE INDEX "wechat_bundles_unit_idx" ON "wechat_bundles" USING btree ("unit_id");
  CREATE INDEX "wechat_bundles_state_idx" ON "wechat_bundles" USING btree ("state");
  CREATE INDEX "wechat_bundles_updated_at_idx" ON "wechat_bundles" USING btree ("updated_at");
  CREATE INDEX "wechat_bundles_created_at_idx" ON "wechat_bundles" USING btree ("created_at");
  CREATE INDEX "wechat_bundles_rels_order_idx" ON "wechat_bundles_rels" USING btree ("order");
  CREATE INDEX "wechat_bundles_rels_parent_idx" ON "wechat_bundles_rels" USING btree ("parent_id");
  CREATE INDEX "wechat_bundles_rels_path_idx" ON "wechat_bundles_rels" USING btree ("path");
  CREATE INDEX "wechat_bundles_rels_articles_id_idx" ON "wechat_bundles_rels" USING btree ("articles_id");
  CREATE INDEX "wechat_bundles_rels_videos_id_idx" ON "wechat_bundles_rels" USING btree ("videos_id");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_articles_id_idx" ON "payload_locked_documents_rels" USING btree ("articles_id");
  CREATE INDEX "payload_locked_documents_rels_videos_id_idx" ON "payload_locked_documents_rels" USING btree ("videos_id");
  CREATE INDEX "payload_locked_documents_rels_cultural_projects_id_idx" ON "payload_locked_documents_rels" USING btree ("cultural_projects_id");
  CREATE INDEX "payload_locked_documents_rels_columns_id_idx" ON "payload_locked_documents_rels" USING btree ("columns_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_channel_accounts_id_idx" ON "payload_locked_documents_rels" USING btree ("channel_accounts_id");
  CREATE INDEX "payload_locked_documents_rels_units_id_idx" ON "payload_locked_documents_rels" USING btree ("units_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_sensitive_words_id_idx" ON "payload_locked_documents_rels" USING btree ("sensitive_words_id");
  CREATE INDEX "payload_locked_documents_rels_typo_corrections_id_idx" ON "payload_locked_documents_rels" USING btree ("typo_corrections_id");
  CREATE INDEX "payload_locked_documents_rels_audit_log_id_idx" ON "payload_locked_documents_rels" USING btree ("audit_log_id");
  CREATE INDEX "payload_locked_documents_rels_notifications_id_idx" ON "payload_locked_documents_rels" USING btree ("notifications_id");
  CREATE INDEX "payload_locked_documents_rels_newspaper_issues_id_idx" ON "payload_locked_documents_rels" USING btree ("newspaper_issues_id");
  CREATE INDEX "payload_locked_documents_rels_radio_programmes_id_idx" ON "payload_locked_documents_rels" USING btree ("radio_programmes_id");
  CREATE INDEX "payload_locked_documents_rels_publications_id_idx" ON "payload_locked_documents_rels" USING btree ("publications_id");
  CREATE INDEX "payload_locked_documents_rels_wechat_bundles_id_idx" ON "payload_locked_documents_rels" USING btree ("wechat_bundles_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "articles_credits" CASCADE;
  DROP TABLE "articles_review_approvals" CASCADE;
  DROP TABLE "articles_review_proofreading" CASCADE;
  DROP TABLE "articles" CASCADE;
  DROP TABLE "articles_texts" CASCADE;
  DROP TABLE "articles_rels" CASCADE;
  DROP TABLE "_articles_v_version_credits" CASCADE;
  DROP TABLE "_articles_v_version_review_approvals" CASCADE;
  DROP TABLE "_articles_v_version_review_proofreading" CASCADE;
  DROP TABLE "_articles_v" CASCADE;
  DROP TABLE "_articles_v_texts" CASCADE;
  DROP TABLE "_articles_v_rels" CASCADE;
  DROP TABLE "videos_credits" CASCADE;
  DROP TABLE "videos_review_approvals" CASCADE;
  DROP TABLE "videos_review_proofreading" CASCADE;
  DROP TABLE "videos" CASCADE;
  DROP TABLE "videos_texts" CASCADE;
  DROP TABLE "videos_rels" CASCADE;
  DROP TABLE "_videos_v_version_credits" CASCADE;
  DROP TABLE "_videos_v_version_review_approvals" CASCADE;
  DROP TABLE "_videos_v_version_review_proofreading" CASCADE;
  DROP TABLE "_videos_v" CASCADE;
  DROP TABLE "_videos_v_texts" CASCADE;
  DROP TABLE "_videos_v_rels" CASCADE;
  DROP TABLE "cultural_projects_team" CASCADE;
  DROP TABLE "cultural_projects_evaluations" CASCADE;
  DROP TABLE "cultural_projects" CASCADE;
  DROP TABLE "cultural_projects_rels" CASCADE;
  DROP TABLE "_cultural_projects_v_version_team" CASCADE;
  DROP TABLE "_cultural_projects_v_version_evaluations" CASCADE;
  DROP TABLE "_cultural_projects_v" CASCADE;
  DROP TABLE "_cultural_projects_v_rels" CASCADE;
  DROP TABLE "columns" CASCADE;
  DROP TABLE "columns_rels" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "channel_accounts" CASCADE;
  DROP TABLE "channel_accounts_rels" CASCADE;
  DROP TABLE "units" CASCADE;
  DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_review_stages" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "users_rels" CASCADE;
  DROP TABLE "sensitive_words" CASCADE;
  DROP TABLE "typo_corrections" CASCADE;
  DROP TABLE "audit_log" CASCADE;
  DROP TABLE "notifications" CASCADE;
  DROP TABLE "newspaper_issues_pages" CASCADE;
  DROP TABLE "newspaper_issues_stories" CASCADE;
  DROP TABLE "newspaper_issues" CASCADE;
  DROP TABLE "radio_programmes_announcers" CASCADE;
  DROP TABLE "radio_programmes_blocks_script" CASCADE;
  DROP TABLE "radio_programmes_blocks_host" CASCADE;
  DROP TABLE "radio_programmes_blocks_music" CASCADE;
  DROP TABLE "radio_programmes_blocks_sting" CASCADE;
  DROP TABLE "radio_programmes_blocks_insert" CASCADE;
  DROP TABLE "radio_programmes_blocks_float" CASCADE;
  DROP TABLE "radio_programmes_review_approvals" CASCADE;
  DROP TABLE "radio_programmes_review_proofreading" CASCADE;
  DROP TABLE "radio_programmes" CASCADE;
  DROP TABLE "radio_programmes_rels" CASCADE;
  DROP TABLE "_radio_programmes_v_version_announcers" CASCADE;
  DROP TABLE "_radio_programmes_v_blocks_script" CASCADE;
  DROP TABLE "_radio_programmes_v_blocks_host" CASCADE;
  DROP TABLE "_radio_programmes_v_blocks_music" CASCADE;
  DROP TABLE "_radio_programmes_v_blocks_sting" CASCADE;
  DROP TABLE "_radio_programmes_v_blocks_insert" CASCADE;
  DROP TABLE "_radio_programmes_v_blocks_float" CASCADE;
  DROP TABLE "_radio_programmes_v_version_review_approvals" CASCADE;
  DROP TABLE "_radio_programmes_v_version_review_proofreading" CASCADE;
  DROP TABLE "_radio_programmes_v" CASCADE;
  DROP TABLE "_radio_programmes_v_rels" CASCADE;
  DROP TABLE "publications" CASCADE;
  DROP TABLE "publications_rels" CASCADE;
  DROP TABLE "wechat_bundles_items" CASCADE;
  DROP TABLE "wechat_bundles" CASCADE;
  DROP TABLE "wechat_bundles_rels" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  DROP TYPE "public"."enum_articles_credits_role";
  DROP TYPE "public"."enum_articles_review_approvals_stage";
  DROP TYPE "public"."enum_articles_workflow_state";
  DROP TYPE "public"."enum_articles_review_final_authority";
  DROP TYPE "public"."enum_articles_wechat_theme";
  DROP TYPE "public"."enum_articles_wechat_comments";
  DROP TYPE "public"."enum_articles_status";
  DROP TYPE "public"."enum__articles_v_version_credits_role";
  DROP TYPE "public"."enum__articles_v_version_review_approvals_stage";
  DROP TYPE "public"."enum__articles_v_version_workflow_state";
  DROP TYPE "public"."enum__articles_v_version_review_final_authority";
  DROP TYPE "public"."enum__articles_v_version_wechat_theme";
  DROP TYPE "public"."enum__articles_v_version_wechat_comments";
  DROP TYPE "public"."enum__articles_v_version_status";
  DROP TYPE "public"."enum_videos_credits_role";
  DROP TYPE "public"."enum_videos_review_approvals_stage";
  DROP TYPE "public"."enum_videos_workflow_state";
  DROP TYPE "public"."enum_videos_review_final_authority";
  DROP TYPE "public"."enum_videos_wechat_theme";
  DROP TYPE "public"."enum_videos_wechat_comments";
  DROP TYPE "public"."enum_videos_status";
  DROP TYPE "public"."enum__videos_v_version_credits_role";
  DROP TYPE "public"."enum__videos_v_version_review_approvals_stage";
  DROP TYPE "public"."enum__videos_v_version_workflow_state";
  DROP TYPE "public"."enum__videos_v_version_review_final_authority";
  DROP TYPE "public"."enum__videos_v_version_wechat_theme";
  DROP TYPE "public"."enum__videos_v_version_wechat_comments";
  DROP TYPE "public"."enum__videos_v_version_status";
  DROP TYPE "public"."enum_cultural_projects_evaluations_stage";
  DROP TYPE "public"."enum_cultural_projects_kind";
  DROP TYPE "public"."enum_cultural_projects_stage";
  DROP TYPE "public"."enum_cultural_projects_status";
  DROP TYPE "public"."enum__cultural_projects_v_version_evaluations_stage";
  DROP TYPE "public"."enum__cultural_projects_v_version_kind";
  DROP TYPE "public"."enum__cultural_projects_v_version_stage";
  DROP TYPE "public"."enum__cultural_projects_v_version_status";
  DROP TYPE "public"."enum_channel_accounts_kind";
  DROP TYPE "public"."enum_channel_accounts_tier";
  DROP TYPE "public"."enum_channel_accounts_status";
  DROP TYPE "public"."enum_units_kind";
  DROP TYPE "public"."enum_users_roles";
  DROP TYPE "public"."enum_users_review_stages";
  DROP TYPE "public"."enum_sensitive_words_level";
  DROP TYPE "public"."enum_notifications_kind";
  DROP TYPE "public"."enum_newspaper_issues_pages_template";
  DROP TYPE "public"."enum_newspaper_issues_page_size";
  DROP TYPE "public"."enum_newspaper_issues_status";
  DROP TYPE "public"."enum_radio_programmes_blocks_host_host_role";
  DROP TYPE "public"."enum_radio_programmes_review_approvals_stage";
  DROP TYPE "public"."enum_radio_programmes_airat_tz";
  DROP TYPE "public"."enum_radio_programmes_workflow_state";
  DROP TYPE "public"."enum_radio_programmes_review_final_authority";
  DROP TYPE "public"."enum_radio_programmes_status";
  DROP TYPE "public"."enum__radio_programmes_v_blocks_host_host_role";
  DROP TYPE "public"."enum__radio_programmes_v_version_review_approvals_stage";
  DROP TYPE "public"."enum__radio_programmes_v_version_airat_tz";
  DROP TYPE "public"."enum__radio_programmes_v_version_workflow_state";
  DROP TYPE "public"."enum__radio_programmes_v_version_review_final_authority";
  DROP TYPE "public"."enum__radio_programmes_v_version_status";
  DROP TYPE "public"."enum_publications_channel";
  DROP TYPE "public"."enum_publications_state";
  DROP TYPE "public"."enum_wechat_bundles_state";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
