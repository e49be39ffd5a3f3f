import type { Payload, TypedUser, Where } from 'payload'

import type { Actor, Client, Collection, Id, ListOutcome, Outcome, ReadOptions, Staff, WriteOptions } from '../../setup/fixtures'

const denied = (error: unknown): Outcome & { ok: false } => {
  const e = error as { status?: number; message?: string; data?: { errors?: { message: string }[] } }
  const details = e.data?.errors?.map((d) => d.message).join('; ')
  return { ok: false, status: e.status ?? 500, message: details ? `${e.message}: ${details}` : String(e.message) }
}

/** The Local API acting for a fixture user: `user` + `overrideAccess: false`, as server code acting for a user must. */
export class LocalClient implements Client {
  readonly name = 'local' as const
  readonly users = new Map<Actor, TypedUser>()

  constructor(readonly payload: Payload) {}

  async signIn(actor: Staff, account: { id: Id }): Promise<void> {
    const user = await this.payload.findByID({ collection: 'users', id: account.id, depth: 0, overrideAccess: true })
    this.users.set(actor, { ...user, collection: 'users' } as TypedUser)
  }

  private as(actor: Actor) {
    if (actor === 'anonymous') return { overrideAccess: false as const }
    const user = this.users.get(actor)
    if (!user) throw new Error(`${actor} is not signed in`)
    return { user, overrideAccess: false as const }
  }

  async create(as: Actor, collection: Collection, data: Record<string, unknown>, options: WriteOptions = {}): Promise<Outcome> {
    try {
      const file = options.file && { ...options.file, size: options.file.data.length }
      const doc = await this.payload.create({ collection, data: data as never, draft: options.draft, file, ...this.as(as) })
      return { ok: true, doc: doc as never }
    } catch (error) {
      return denied(error)
    }
  }

  async find(as: Actor, collection: Collection, options: ReadOptions & { where?: Record<string, unknown> } = {}): Promise<ListOutcome> {
    try {
      const { docs } = await this.payload.find({
        collection,
        where: options.where as Where | undefined,
        draft: options.draft,
        depth: options.depth ?? 0,
        limit: 0,
        pagination: false,
        ...this.as(as),
      })
      return { ok: true, docs: docs as never }
    } catch (error) {
      return denied(error)
    }
  }

  async findByID(as: Actor, collection: Collection, id: Id, options: ReadOptions = {}): Promise<Outcome> {
    try {
      const doc = await this.payload.findByID({ collection, id, draft: options.draft, depth: options.depth ?? 0, ...this.as(as) })
      return doc ? { ok: true, doc: doc as never } : { ok: false, status: 404, message: 'not found' }
    } catch (error) {
      return denied(error)
    }
  }

  async update(as: Actor, collection: Collection, id: Id, data: Record<string, unknown>, options: WriteOptions = {}): Promise<Outcome> {
    try {
      const doc = await this.payload.update({ collection, id, data: data as never, draft: options.draft, ...this.as(as) })
      return { ok: true, doc: doc as never }
    } catch (error) {
      return denied(error)
    }
  }

  async delete(as: Actor, collection: Collection, id: Id): Promise<Outcome> {
    try {
      const doc = await this.payload.delete({ collection, id, ...this.as(as) })
      return { ok: true, doc: doc as never }
    } catch (error) {
      return denied(error)
    }
  }
}
