import type { FieldHook } from 'payload'

import { decryptSecret, encryptSecret, isEncrypted } from './credentialsCipher'

/** Encrypts a text field before it is stored. Empty values stay empty so a form can clear a secret. */
export const encryptOnWrite: FieldHook = ({ value }) =>
  typeof value === 'string' && value !== '' && !isEncrypted(value) ? encryptSecret(value) : value

/**
 * Decrypts for readers the field's access already allowed (admins, and the system with overrideAccess).
 * If the key changed, the stored ciphertext is returned untouched (and re-saved untouched), so a wrong key
 * never destroys a credential; the channel then fails with an authentication error that names the cause.
 */
export const decryptOnRead: FieldHook = ({ value, req, path }) => {
  if (!isEncrypted(value)) return value
  try {
    return decryptSecret(value)
  } catch {
    req.payload.logger.error(`凭据 ${path.join('.')} 无法解密：CREDENTIALS_KEY 或 PAYLOAD_SECRET 可能已更换。`)
    return value
  }
}
