import type { Access } from 'payload'

export const authenticated: Access = ({ req }) => Boolean(req.user)

export const anyone: Access = () => true

export const nobody: Access = () => false
