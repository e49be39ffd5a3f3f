import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**', '.next/**', 'data/**'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Each file boots its own Payload on its own database; two cores run two files at a time.
    fileParallelism: true,
    maxWorkers: 2,
    globalSetup: ['test/setup/globalSetup.ts'],
    env: { PAYLOAD_SECRET: 'rongmei-test-secret', NODE_ENV: 'test' },
  },
})
