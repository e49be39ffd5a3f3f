import type { FieldHook } from 'payload'

import { decryptSecret, encryptSecret, isEncrypted } from './credentialsCipher'

/** Encrypts a text field before it is stored. Empty values stay empty so a form can clear a secret. */
export const encryptOnWrite: FieldHook = ({ value }) =>
  typeof value === 'string' && value !== '' && !isEncrypted(value) ? encryptSecret(value) : value

/** Decrypts for readers the field's access already allowed (admins, and the system with overrideAccess). */
export const decryptOnRead: FieldHook = ({ value }) => (isEncrypted(value) ? decryptSecret(value) : value)
