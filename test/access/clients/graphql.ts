import {
  isContent,
  titleField,
  type Actor,
  type Client,
  type Collection,
  type Doc,
  type Id,
  type ListOutcome,
  type Outcome,
  type ReadOptions,
  type Staff,
  type WriteOptions,
} from '../../setup/fixtures'
import { RestClient } from './rest'

/** Payload's GraphQL names for each collection (from the slug: singular, plural; `media` → `Media`/`allMedia`). */
export const GRAPHQL_NAMES: Record<Collection, { one: string; many: string }> = {
  articles: { one: 'Article', many: 'Articles' },
  videos: { one: 'Video', many: 'Videos' },
  'cultural-projects': { one: 'CulturalProject', many: 'CulturalProjects' },
  columns: { one: 'Column', many: 'Columns' },
  units: { one: 'Unit', many: 'Units' },
  media: { one: 'Media', many: 'allMedia' },
  'channel-accounts': { one: 'ChannelAccount', many: 'ChannelAccounts' },
  users: { one: 'User', many: 'Users' },
  'sensitive-words': { one: 'SensitiveWord', many: 'SensitiveWords' },
  'audit-log': { one: 'AuditLog', many: 'AuditLogs' },
}

type GraphQLError = { message: string; extensions?: { statusCode?: number } }
export type GraphQLResult = { data?: Record<string, unknown> | null; errors?: GraphQLError[] }

// Payload's type names for a collection's inputs (introspection is off in production, so they are not looked up).
const createInput = (c: Collection) => `mutation${GRAPHQL_NAMES[c].one}Input!`
const updateInput = (c: Collection) => `mutation${GRAPHQL_NAMES[c].one}UpdateInput!`
const whereInput = (c: Collection) => `${GRAPHQL_NAMES[c].one}_where`

/** POST /api/graphql with the same per-actor JWTs as the REST client. */
export class GraphQLClient implements Client {
  readonly name = 'graphql' as const

  constructor(readonly rest: RestClient) {}

  signIn(actor: Staff, account: { email: string; password: string }) {
    return this.rest.signIn(actor, account)
  }

  async query(as: Actor, query: string, variables?: Record<string, unknown>): Promise<GraphQLResult> {
    const res = await fetch(`${this.rest.baseUrl}/api/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...this.rest.headers(as) },
      body: JSON.stringify({ query, variables }),
    })
    return (await res.json()) as GraphQLResult
  }

  private selection(collection: Collection) {
    return isContent(collection) ? `id ${titleField(collection)} _status` : 'id'
  }

  private one(result: GraphQLResult, field: string): Outcome {
    const doc = result.data?.[field] as Doc | null | undefined
    if (!result.errors?.length && doc && doc.id != null) return { ok: true, doc }
    const status = result.errors?.[0]?.extensions?.statusCode ?? (doc == null ? 404 : 500)
    return { ok: false, status, message: result.errors?.map((e) => e.message).join('; ') ?? 'null' }
  }

  private draftArg(collection: Collection, draft?: boolean) {
    return isContent(collection) && draft !== undefined ? `, draft: ${draft}` : ''
  }

  async create(as: Actor, collection: Collection, data: Record<string, unknown>, options: WriteOptions = {}): Promise<Outcome> {
    if (options.file) throw new Error('Payload GraphQL has no file uploads; create media over REST or the Local API')
    const field = `create${GRAPHQL_NAMES[collection].one}`
    const q = `mutation ($data: ${createInput(collection)}) { ${field}(data: $data${this.draftArg(collection, options.draft)}) { ${this.selection(collection)} } }`
    return this.one(await this.query(as, q, { data }), field)
  }

  async find(as: Actor, collection: Collection, options: ReadOptions & { where?: Record<string, unknown> } = {}): Promise<ListOutcome> {
    const field = GRAPHQL_NAMES[collection].many
    const q = `query ($where: ${whereInput(collection)}) { ${field}(where: $where, limit: 0${this.draftArg(collection, options.draft)}) { docs { ${this.selection(collection)} } } }`
    const result = await this.query(as, q, { where: options.where ?? {} })
    const list = result.data?.[field] as { docs: Doc[] } | null | undefined
    if (!result.errors?.length && list) return { ok: true, docs: list.docs }
    return { ok: false, status: result.errors?.[0]?.extensions?.statusCode ?? 500, message: result.errors?.map((e) => e.message).join('; ') ?? 'null' }
  }

  async findByID(as: Actor, collection: Collection, id: Id, options: ReadOptions = {}): Promise<Outcome> {
    const field = GRAPHQL_NAMES[collection].one
    const q = `{ ${field}(id: ${JSON.stringify(id)}${this.draftArg(collection, options.draft)}) { ${this.selection(collection)} } }`
    return this.one(await this.query(as, q), field)
  }

  async update(as: Actor, collection: Collection, id: Id, data: Record<string, unknown>, options: WriteOptions = {}): Promise<Outcome> {
    const field = `update${GRAPHQL_NAMES[collection].one}`
    const q = `mutation ($data: ${updateInput(collection)}) { ${field}(id: ${JSON.stringify(id)}, data: $data${this.draftArg(collection, options.draft)}) { ${this.selection(collection)} } }`
    return this.one(await this.query(as, q, { data }), field)
  }

  async delete(as: Actor, collection: Collection, id: Id): Promise<Outcome> {
    const field = `delete${GRAPHQL_NAMES[collection].one}`
    return this.one(await this.query(as, `mutation { ${field}(id: ${JSON.stringify(id)}) { id } }`), field)
  }
}
