/** 2026年9月16日 in Beijing time. */
export const dateText = (iso: string | null | undefined) =>
  iso ? new Date(iso).toLocaleDateString('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'long', day: 'numeric' }) : ''
