import type { Block, CollectionConfig, Field } from 'payload'

import { contentCollection } from '../../collections/contentCollection'
import { reviewFields } from '../../collections/fields/review'
import { unitField } from '../../collections/fields/unit'
import { reviewable } from '../../collections/reviewable'
import { DEFAULT_RATE } from './render/readTime'
import { programmeEndpoints } from './endpoints'

const segment: Field = { name: 'segment', type: 'text', label: { zh: '段落', en: 'Segment' }, admin: { description: { zh: '如：校园新闻、音乐时间；串联单按段落分组', en: 'Groups the rundown' } } }
const announcer: Field = { name: 'announcer', type: 'text', label: { zh: '播音员', en: 'Announcer' }, admin: { description: { zh: '填写上方“播音员”中的姓名', en: 'A name from the announcers above' } } }
const seconds = (label = { zh: '时长（秒）', en: 'Length (s)' }, required = true): Field => ({ name: 'seconds', type: 'number', min: 0, required, label })
const title: Field = { name: 'title', type: 'text', label: { zh: '名称', en: 'Title' } }
const cue: Field = { name: 'cue', type: 'text', label: { zh: '提示（淡入淡出、音量等）', en: 'Cue' } }

const blocks: Block[] = [
  {
    slug: 'script',
    interfaceName: 'RadioScriptBlock',
    labels: { singular: { zh: '稿件（播音稿）', en: 'Script' }, plural: { zh: '稿件', en: 'Scripts' } },
    fields: [
      { ...title, required: true },
      segment,
      announcer,
      { name: 'item', type: 'relationship', relationTo: ['articles', 'videos'], label: { zh: '来源稿件（已审核通过）', en: 'Approved item' } },
      // Frozen at delivery: the programme is reviewed as this text, whatever happens to the article later.
      { name: 'text', type: 'textarea', required: true, label: { zh: '播音稿（口语化文本）', en: 'Script text' } },
      { name: 'hintedText', type: 'textarea', label: { zh: '带注音的播音稿', en: 'Script with readings' }, admin: { readOnly: true, description: { zh: '〔〕内为多音字、生僻字的读音提示', en: 'Readings in 〔〕' } } },
      { name: 'syllables', type: 'number', label: { zh: '音节数', en: 'Syllables' }, admin: { readOnly: true } },
      seconds({ zh: '时长（秒，留空按语速估算）', en: 'Length (s), empty: estimated' }, false),
      { name: 'publicationKey', type: 'text', label: { zh: '投递键', en: 'Delivery key' }, admin: { hidden: true } },
    ],
  },
  {
    slug: 'host',
    interfaceName: 'RadioHostBlock',
    labels: { singular: { zh: '主持词', en: 'Host lines' }, plural: { zh: '主持词', en: 'Host lines' } },
    fields: [
      {
        name: 'hostRole',
        type: 'select',
        required: true,
        defaultValue: 'link',
        options: [
          { value: 'open', label: { zh: '开场', en: 'Opening' } },
          { value: 'link', label: { zh: '串词', en: 'Link' } },
          { value: 'close', label: { zh: '结束', en: 'Closing' } },
        ],
        label: { zh: '类型', en: 'Role' },
      },
      title,
      segment,
      announcer,
      { name: 'text', type: 'textarea', required: true, label: { zh: '主持词', en: 'Lines' } },
      seconds({ zh: '时长（秒，留空按语速估算）', en: 'Length (s), empty: estimated' }, false),
    ],
  },
  {
    slug: 'music',
    interfaceName: 'RadioMusicBlock',
    labels: { singular: { zh: '音乐', en: 'Music' }, plural: { zh: '音乐', en: 'Music' } }, fields: [{ ...title, required: true }, segment, seconds(), cue] },
  {
    slug: 'sting',
    interfaceName: 'RadioStingBlock',
    labels: { singular: { zh: '音效/转场', en: 'Sting' }, plural: { zh: '音效', en: 'Stings' } },
    fields: [title, segment, { ...seconds(), defaultValue: 4, max: 30 } as Field, cue],
  },
  {
    slug: 'insert',
    interfaceName: 'RadioInsertBlock',
    labels: { singular: { zh: '录音', en: 'Recorded insert' }, plural: { zh: '录音', en: 'Recorded inserts' } },
    fields: [
      { ...title, required: true },
      segment,
      { name: 'audio', type: 'upload', relationTo: 'media', label: { zh: '音频文件', en: 'Audio' }, filterOptions: { mimeType: { contains: 'audio' } } },
      { name: 'inCue', type: 'text', required: true, label: { zh: '入点（开头的话）', en: 'In-cue' } },
      { name: 'outCue', type: 'text', required: true, label: { zh: '出点（结尾的话）', en: 'Out-cue' } },
      seconds(),
      cue,
    ],
  },
  {
    slug: 'float',
    // GraphQL names a block type after its slug; 'float' would clash with the Float scalar.
    interfaceName: 'RadioFloatBlock',
    labels: { singular: { zh: '垫乐（可伸缩）', en: 'Float' }, plural: { zh: '垫乐', en: 'Floats' } },
    fields: [
      title,
      segment,
      seconds({ zh: '计划时长（秒）', en: 'Planned (s)' }),
      {
        type: 'row',
        fields: [
          { name: 'minSeconds', type: 'number', min: 0, label: { zh: '最短（秒）', en: 'Shortest (s)' } },
          { name: 'maxSeconds', type: 'number', min: 0, label: { zh: '最长（秒）', en: 'Longest (s)' } },
        ],
      },
      cue,
    ],
  },
]

/**
 * 串联单: one programme of a radio column on one day, its announcers and its ordered items. It goes through
 * 三审 like an article (the school reviews the script the day before air): an edit after approval sends it
 * back to draft, and so does the system when a delivery adds a script or a takedown removes one.
 */
export const RadioProgrammes: CollectionConfig = contentCollection(
  reviewable({
    slug: 'radio-programmes',
    labels: { singular: { zh: '广播节目（串联单）', en: 'Radio programme' }, plural: { zh: '广播节目（串联单）', en: 'Radio programmes' } },
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['title', 'column', 'airAt', 'slotMinutes', 'workflowState'],
      group: { zh: '渠道', en: 'Channels' },
    },
    endpoints: programmeEndpoints,
    fields: [
      { name: 'title', type: 'text', required: true, label: { zh: '节目名称', en: 'Title' }, admin: { description: { zh: '如：汤青之声 第 12 期', en: 'e.g. 汤青之声 No. 12' } } },
      { name: 'column', type: 'relationship', relationTo: 'columns', required: true, index: true, label: { zh: '栏目', en: 'Column' } },
      unitField(),
      {
        type: 'row',
        fields: [
          {
            name: 'airAt',
            type: 'date',
            required: true,
            index: true,
            label: { zh: '播出时间（北京时间）', en: 'On air (Beijing time)' },
            // Shown and entered in Beijing time whatever the browser's zone (a reviewer abroad sees 12:10, not 05:10).
            timezone: { defaultTimezone: 'Asia/Shanghai', supportedTimezones: [{ label: '北京时间', value: 'Asia/Shanghai' }] },
            admin: { date: { pickerAppearance: 'dayAndTime', timeIntervals: 5, displayFormat: 'yyyy-MM-dd HH:mm' }, description: { zh: '学校要求播出前一天完成审核', en: 'Reviewed the day before air' } },
          },
          { name: 'slotMinutes', type: 'number', required: true, min: 1, max: 180, defaultValue: 15, label: { zh: '时段长度（分钟）', en: 'Slot (min)' } },
          { name: 'rate', type: 'number', min: 60, max: 400, defaultValue: DEFAULT_RATE, label: { zh: '默认语速（字/分钟）', en: 'Default rate (syllables/min)' } },
        ],
      },
      {
        name: 'announcers',
        type: 'array',
        label: { zh: '播音员', en: 'Announcers' },
        labels: { singular: { zh: '播音员', en: 'Announcer' }, plural: { zh: '播音员', en: 'Announcers' } },
        fields: [
          {
            type: 'row',
            fields: [
              { name: 'name', type: 'text', required: true, label: { zh: '姓名', en: 'Name' } },
              { name: 'label', type: 'text', label: { zh: '稿中标注（如 男/女）', en: 'Label (e.g. 男/女)' } },
              { name: 'rate', type: 'number', min: 60, max: 400, label: { zh: '语速（字/分钟）', en: 'Rate (syllables/min)' } },
            ],
          },
        ],
      },
      {
        name: 'rundownTiming',
        type: 'ui',
        admin: { components: { Field: '/admin/radio/RundownTiming#RundownTiming' } },
      },
      { name: 'items', type: 'blocks', blocks, label: { zh: '串联单', en: 'Rundown' }, labels: { singular: { zh: '条目', en: 'Item' }, plural: { zh: '条目', en: 'Items' } } },
      ...reviewFields,
    ],
  }),
)
