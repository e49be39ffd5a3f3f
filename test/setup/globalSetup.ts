// Filled in with the HTTP server harness.
export default async function setup() {}
