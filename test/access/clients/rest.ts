import type { Actor, Client, Collection, Denied, Doc, Id, ListOutcome, Outcome, ReadOptions, Staff, WriteOptions } from '../../setup/fixtures'

/** `where[and][0][unit][in]=1`-style query parameters, as Payload's REST API reads them. */
export function toQuery(value: unknown, prefix: string, out: URLSearchParams = new URLSearchParams()): URLSearchParams {
  if (value != null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value as Record<string, unknown>)) toQuery(inner, `${prefix}[${key}]`, out)
  } else if (value !== undefined) {
    out.append(prefix, String(value))
  }
  return out
}

export type RestResponse = { status: number; body: Record<string, unknown> }

const messageOf = (body: Record<string, unknown>): string => {
  const errors = body.errors as { message?: string }[] | undefined
  return errors?.map((e) => e.message).join('; ') || String(body.message ?? '')
}

/** REST over real HTTP with `Authorization: JWT <token>` per actor. */
export class RestClient implements Client {
  readonly name = 'rest' as const
  readonly tokens = new Map<Actor, string>()

  constructor(readonly baseUrl: string) {}

  async login(email: string, password: string): Promise<RestResponse> {
    return this.request('anonymous', 'POST', '/api/users/login', { email, password })
  }

  async signIn(actor: Staff, account: { email: string; password: string }): Promise<void> {
    const res = await this.login(account.email, account.password)
    if (res.status !== 200 || typeof res.body.token !== 'string') throw new Error(`login ${actor}: ${res.status} ${messageOf(res.body)}`)
    this.tokens.set(actor, res.body.token)
  }

  headers(as: Actor): Record<string, string> {
    const token = this.tokens.get(as)
    if (as !== 'anonymous' && !token) throw new Error(`${as} is not signed in`)
    return token ? { Authorization: `JWT ${token}` } : {}
  }

  async request(as: Actor, method: string, path: string, json?: unknown, form?: FormData): Promise<RestResponse> {
    const headers: Record<string, string> = { ...this.headers(as) }
    let body: BodyInit | undefined
    if (form) body = form
    else if (json !== undefined) {
      headers['Content-Type'] = 'application/json'
      body = JSON.stringify(json)
    }
    const res = await fetch(`${this.baseUrl}${path}`, { method, headers, body })
    const text = await res.text()
    let parsed: Record<string, unknown>
    try {
      parsed = text ? (JSON.parse(text) as Record<string, unknown>) : {}
    } catch {
      parsed = { message: text.slice(0, 300) }
    }
    return { status: res.status, body: parsed }
  }

  private outcome(res: RestResponse): Outcome {
    const doc = (res.body.doc ?? res.body) as Doc
    if (res.status >= 200 && res.status < 300 && doc && doc.id != null) return { ok: true, doc }
    return { ok: false, status: res.status, message: messageOf(res.body) } satisfies Denied
  }

  async create(as: Actor, collection: Collection, data: Record<string, unknown>, options: WriteOptions = {}): Promise<Outcome> {
    const path = `/api/${collection}${options.draft ? '?draft=true' : ''}`
    if (options.file) {
      const form = new FormData()
      form.append('file', new Blob([new Uint8Array(options.file.data)], { type: options.file.mimetype }), options.file.name)
      form.append('_payload', JSON.stringify(data))
      return this.outcome(await this.request(as, 'POST', path, undefined, form))
    }
    return this.outcome(await this.request(as, 'POST', path, data))
  }

  async find(as: Actor, collection: Collection, options: ReadOptions & { where?: Record<string, unknown> } = {}): Promise<ListOutcome> {
    const query = toQuery(options.where ?? {}, 'where')
    query.set('limit', '0')
    query.set('depth', String(options.depth ?? 0))
    if (options.draft) query.set('draft', 'true')
    const res = await this.request(as, 'GET', `/api/${collection}?${query}`)
    if (res.status === 200 && Array.isArray(res.body.docs)) return { ok: true, docs: res.body.docs as Doc[] }
    return { ok: false, status: res.status, message: messageOf(res.body) }
  }

  async findByID(as: Actor, collection: Collection, id: Id, options: ReadOptions = {}): Promise<Outcome> {
    const query = new URLSearchParams({ depth: String(options.depth ?? 0) })
    if (options.draft) query.set('draft', 'true')
    return this.outcome(await this.request(as, 'GET', `/api/${collection}/${id}?${query}`))
  }

  async update(as: Actor, collection: Collection, id: Id, data: Record<string, unknown>, options: WriteOptions = {}): Promise<Outcome> {
    return this.outcome(await this.request(as, 'PATCH', `/api/${collection}/${id}${options.draft ? '?draft=true' : ''}`, data))
  }

  async delete(as: Actor, collection: Collection, id: Id): Promise<Outcome> {
    return this.outcome(await this.request(as, 'DELETE', `/api/${collection}/${id}`))
  }
}
