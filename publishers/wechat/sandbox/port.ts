/** Where `npm start` runs the WeChat sandbox, and where the demo 公众号 of seed/ points (WECHAT_SANDBOX_PORT). */
export const WECHAT_SANDBOX_PORT = Number(process.env.WECHAT_SANDBOX_PORT || 3101)

export const WECHAT_SANDBOX_URL = (process.env.WECHAT_SANDBOX_URL || `http://127.0.0.1:${WECHAT_SANDBOX_PORT}`).replace(/\/$/, '')
