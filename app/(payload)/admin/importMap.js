import { ReviewPanel as ReviewPanel_b4754b6b73392de12a889a26212fa1fa } from '../../../admin/review/ReviewPanel'
import { ChannelPanel as ChannelPanel_dd8aaee6ca0cb2648d3af6831d320754 } from '../../../admin/publications/ChannelPanel'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ScriptPreview as ScriptPreview_362ce00507a5b431421369911000935e } from '../../../admin/radio/ScriptPreview'
import { WechatPreview as WechatPreview_6a1233a0d55a1278d58afacd57a250e1 } from '../../../admin/wechat/WechatPreview'
import { WeiboPreview as WeiboPreview_f2c95ffbedec46515251bdc7b945407d } from '../../../admin/weibo/WeiboPreview'
import { BulkPublish as BulkPublish_bd2c1c3bc845ce1a3d9e2d444f70b4c9 } from '../../../admin/bulkPublish/BulkPublish'
import { AdminPublishButton as AdminPublishButton_06f4f4b16562ea79007ac4cf5dc6d889 } from '../../../admin/review/AdminPublishButton'
import { AdminUnpublishButton as AdminUnpublishButton_06f4f4b16562ea79007ac4cf5dc6d889 } from '../../../admin/review/AdminPublishButton'
import { ChannelPreviewView as ChannelPreviewView_54bc9b8a68985b53c690bf3b25f5f05b } from '../../../admin/channelPreview/ChannelPreviewView'
import { TokenExpiry as TokenExpiry_ff4a76bd8c9127b901f2a2e8e9abe710 } from '../../../admin/weibo/TokenExpiry'
import { IssuePlanner as IssuePlanner_cbbf5a2ff1d8c6cdef1106bf9760087a } from '../../../admin/newspaper/IssuePlanner'
import { RundownTiming as RundownTiming_e500a50f8966ce673c6ef57a01bf36fa } from '../../../admin/radio/RundownTiming'
import { PublicationsBoard as PublicationsBoard_61b01dd1761a94cc009e491275a5b6f0 } from '../../../admin/publications/PublicationsBoard'
import { BundlePanel as BundlePanel_b3b105d21fb2a8ab73eb685320cd2fdd } from '../../../admin/wechat/BundlePanel'
import { NavLinks as NavLinks_01a9df7dd30cd430bd06ced3e5f29e90 } from '../../../admin/NavLinks'
import { default as default_d5dab658b361f1ab5420f4f9a7c3efde } from '../../../admin/Welcome'
import { default as default_fb0b4c18edf8d95ebe63f524c974de36 } from '../../../admin/dashboard/ReviewQueues'
import { default as default_08142ed6ca94c7cb5822d00aae907c70 } from '../../../admin/dashboard/AdminOverview'
import { ReportsView as ReportsView_913b2914f8e2e330e988d68c960f4ecb } from '../../../admin/reports/ReportsView'
import { CalendarView as CalendarView_d81710f9a4806f51db4eac087b3b137b } from '../../../admin/calendar/CalendarView'
import { ProjectsBoard as ProjectsBoard_af7aafaac25fb5c289ba990a2d72b390 } from '../../../admin/projects/ProjectsBoard'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/admin/review/ReviewPanel#ReviewPanel": ReviewPanel_b4754b6b73392de12a889a26212fa1fa,
  "/admin/publications/ChannelPanel#ChannelPanel": ChannelPanel_dd8aaee6ca0cb2648d3af6831d320754,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/admin/radio/ScriptPreview#ScriptPreview": ScriptPreview_362ce00507a5b431421369911000935e,
  "/admin/wechat/WechatPreview#WechatPreview": WechatPreview_6a1233a0d55a1278d58afacd57a250e1,
  "/admin/weibo/WeiboPreview#WeiboPreview": WeiboPreview_f2c95ffbedec46515251bdc7b945407d,
  "/admin/bulkPublish/BulkPublish#BulkPublish": BulkPublish_bd2c1c3bc845ce1a3d9e2d444f70b4c9,
  "/admin/review/AdminPublishButton#AdminPublishButton": AdminPublishButton_06f4f4b16562ea79007ac4cf5dc6d889,
  "/admin/review/AdminPublishButton#AdminUnpublishButton": AdminUnpublishButton_06f4f4b16562ea79007ac4cf5dc6d889,
  "/admin/channelPreview/ChannelPreviewView#ChannelPreviewView": ChannelPreviewView_54bc9b8a68985b53c690bf3b25f5f05b,
  "/admin/weibo/TokenExpiry#TokenExpiry": TokenExpiry_ff4a76bd8c9127b901f2a2e8e9abe710,
  "/admin/newspaper/IssuePlanner#IssuePlanner": IssuePlanner_cbbf5a2ff1d8c6cdef1106bf9760087a,
  "/admin/radio/RundownTiming#RundownTiming": RundownTiming_e500a50f8966ce673c6ef57a01bf36fa,
  "/admin/publications/PublicationsBoard#PublicationsBoard": PublicationsBoard_61b01dd1761a94cc009e491275a5b6f0,
  "/admin/wechat/BundlePanel#BundlePanel": BundlePanel_b3b105d21fb2a8ab73eb685320cd2fdd,
  "/admin/NavLinks#NavLinks": NavLinks_01a9df7dd30cd430bd06ced3e5f29e90,
  "/admin/Welcome#default": default_d5dab658b361f1ab5420f4f9a7c3efde,
  "/admin/dashboard/ReviewQueues#default": default_fb0b4c18edf8d95ebe63f524c974de36,
  "/admin/dashboard/AdminOverview#default": default_08142ed6ca94c7cb5822d00aae907c70,
  "/admin/reports/ReportsView#ReportsView": ReportsView_913b2914f8e2e330e988d68c960f4ecb,
  "/admin/calendar/CalendarView#CalendarView": CalendarView_d81710f9a4806f51db4eac087b3b137b,
  "/admin/projects/ProjectsBoard#ProjectsBoard": ProjectsBoard_af7aafaac25fb5c289ba990a2d72b390,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
