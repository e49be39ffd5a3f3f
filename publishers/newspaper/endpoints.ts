import type { Endpoint } from 'payload'

export const newspaperEndpoints: Endpoint[] = []
