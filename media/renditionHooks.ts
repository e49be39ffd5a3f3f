import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

// Placeholder until the media pipeline lands (being written now).
export const prepareRenditions: CollectionBeforeChangeHook = ({ data }) => data
export const writeRenditions: CollectionAfterChangeHook = ({ doc }) => doc
