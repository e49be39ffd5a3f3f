import os from 'node:os'
import path from 'node:path'
import { defineConfig } from 'vitest/config'

// Uploads made by tests (in-process and by the HTTP server the global setup starts) go to a temporary
// folder, never into the working tree's data/media.
process.env.MEDIA_DIR ||= path.join(os.tmpdir(), `rongmei-test-media-${process.pid}`)

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
    globalSetup: ['test/setup/mediaDir.ts', 'test/setup/globalSetup.ts'],
    reporters: ['default', './test/setup/summaryReporter.ts'],
    env: { PAYLOAD_SECRET: 'rongmei-test-secret', NODE_ENV: 'test', MEDIA_DIR: process.env.MEDIA_DIR },
  },
})
