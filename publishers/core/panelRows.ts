import { APIError, type Config, type Endpoint, type PayloadRequest } from 'payload'

/**
 * Rows a channel adds to an item's 渠道投递 panel for records of its own beside the publications (WeChat's 组稿):
 * a plugin registers a source, the panel reads every source's rows through one endpoint, so neither the panel nor
 * the core imports the channel, and adding a channel touches no other.
 */
export type ChannelPanelRow = {
  /** Unique among the item's rows, e.g. 'wechat-bundles:12'. */
  key: string
  /** What the row is, e.g. 微信组稿. */
  kind: string
  state: string
  /** The state in Chinese. */
  stateLabel: string
  /** Its colour in the panel: red needs a person, amber is waiting, green arrived, grey is over. */
  tone: 'light-gray' | 'warning' | 'success' | 'dark' | 'error'
  /** Short facts, each shown as “label：value” (账号, 组稿, 位置…). */
  facts: { label: string; value: string }[]
  /** The item's link on the channel, once it arrived. */
  url?: string | null
  /** The record in the admin, where it is managed. */
  adminPath?: string | null
  /** A waiting time or the last error, in Chinese. */
  note?: string | null
}

export type ChannelPanelSource = {
  name: string
  /** The item's rows, read with the signed-in user's access (`req.user`): what they may not read is not shown. */
  rows(req: PayloadRequest, item: { collection: string; id: string }): Promise<ChannelPanelRow[]>
}

const KEY = 'rongmeiChannelPanelSources'

/** A plugin's rows in the panel (kept in the server-only `custom` of the config, like the outbox sweeps). */
export const withChannelPanelSource = (config: Config, source: ChannelPanelSource): Config => ({
  ...config,
  custom: { ...config.custom, [KEY]: [...((((config.custom ?? {}) as Record<string, unknown>)[KEY] as ChannelPanelSource[] | undefined) ?? []), source] },
})

const panelSources = (req: PayloadRequest): ChannelPanelSource[] => (((req.payload.config.custom ?? {}) as Record<string, unknown>)[KEY] as ChannelPanelSource[] | undefined) ?? []

const ITEM_COLLECTIONS = new Set(['articles', 'videos'])

/** `GET /api/publications/panel-rows?collection=articles&id=5`: the registered sources' rows for one item. */
export const panelRowsEndpoint: Endpoint = {
  path: '/panel-rows',
  method: 'get',
  handler: async (req) => {
    if (!req.user) throw new APIError('请先登录', 401, null, true)
    const collection = String(req.searchParams.get('collection') ?? '')
    const id = String(req.searchParams.get('id') ?? '')
    if (!ITEM_COLLECTIONS.has(collection)) throw new APIError('collection：只能是 articles 或 videos', 400, [{ path: 'collection', message: '只能是 articles 或 videos' }], true)
    if (!id) throw new APIError('id：请指定稿件', 400, [{ path: 'id', message: '请指定稿件' }], true)
    const rows: ChannelPanelRow[] = []
    for (const source of panelSources(req)) rows.push(...(await source.rows(req, { collection, id })))
    return Response.json({ rows })
  },
}
