/** Where `npm start` runs the Weibo sandbox, and where the demo Weibo account of seed/ points (WEIBO_SANDBOX_PORT). */
export const WEIBO_SANDBOX_PORT = Number(process.env.WEIBO_SANDBOX_PORT || 3102)

export const WEIBO_SANDBOX_URL = (process.env.WEIBO_SANDBOX_URL || `http://127.0.0.1:${WEIBO_SANDBOX_PORT}`).replace(/\/$/, '')
