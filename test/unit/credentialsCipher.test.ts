import { describe, expect, it } from 'vitest'

import { decryptSecret, encryptSecret, isEncrypted } from '../../hooks/credentialsCipher'

describe('credentials cipher', () => {
  it('round-trips and never contains the plaintext', () => {
    const stored = encryptSecret('wx-app-secret-1234567890')
    expect(isEncrypted(stored)).toBe(true)
    expect(stored).not.toContain('wx-app-secret')
    expect(decryptSecret(stored)).toBe('wx-app-secret-1234567890')
  })
  it('uses a fresh IV each time', () => {
    expect(encryptSecret('same')).not.toBe(encryptSecret('same'))
  })
  it('rejects tampered ciphertext', () => {
    const stored = encryptSecret('secret')
    const tampered = stored.slice(0, -2) + (stored.endsWith('A') ? 'BB' : 'AA')
    expect(() => decryptSecret(tampered)).toThrow()
  })
  it('fails under another key', () => {
    const stored = encryptSecret('secret')
    const previous = process.env.CREDENTIALS_KEY
    process.env.CREDENTIALS_KEY = 'another-key'
    try {
      expect(() => decryptSecret(stored)).toThrow()
    } finally {
      if (previous === undefined) delete process.env.CREDENTIALS_KEY
      else process.env.CREDENTIALS_KEY = previous
    }
  })
})
