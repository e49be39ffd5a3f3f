import type { CollectionBeforeOperationHook } from 'payload'

// Placeholder until the media pipeline lands (being written now).
export const refuseHostileUpload: CollectionBeforeOperationHook = ({ args }) => args
