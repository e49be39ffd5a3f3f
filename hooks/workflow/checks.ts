import type { ChecksRunner } from './transition'
// TEMPORARY while workflow/checks lands
export const runItemChecks: ChecksRunner = async () => ({ blocking: [], warnings: 0, report: null })
