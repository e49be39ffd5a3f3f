import { BASE_CSS } from './base'

/** The themes an editor (or the account's setting) picks from; the id is stored, the label is shown. */
export const WECHAT_THEMES = [
  {
    value: 'default',
    label: '默认',
    css: `
.rm h2 { color: #1f1f1f; padding-bottom: 6px; border-bottom: 1px solid #e5e5e5; }
.rm blockquote { border-left: 3px solid #d0d0d0; background-color: #f7f7f7; }
.rm strong { color: #1f1f1f; }
`,
  },
  {
    value: 'red',
    label: '红色主题',
    css: `
.rm h2 { color: #b71c1c; padding-left: 10px; border-left: 4px solid #c62828; }
.rm h3 { color: #c62828; }
.rm blockquote { border-left: 3px solid #c62828; background-color: #fdf2f2; color: #5f2120; }
.rm strong { color: #c62828; }
.rm hr { border-top: 1px solid #e8b4b4; }
.rm th { background-color: #fbe9e7; }
.rm .col-header, .rm .col-footer { color: #b71c1c; }
`,
  },
  {
    value: 'campus',
    label: '清新校园',
    css: `
.rm { color: #2f3b36; }
.rm h2 { color: #1b7a5a; text-align: center; padding: 6px 0; border-top: 1px dashed #8fd3b6; border-bottom: 1px dashed #8fd3b6; }
.rm h3 { color: #23936b; }
.rm blockquote { border-left: 3px solid #5cc39a; background-color: #eefaf4; color: #3d5a4d; border-radius: 4px; }
.rm strong { color: #1b7a5a; }
.rm figcaption { color: #6b8f80; }
.rm th { background-color: #e3f6ee; }
.rm .col-header, .rm .col-footer { color: #23936b; }
`,
  },
] as const

export type WechatThemeId = (typeof WECHAT_THEMES)[number]['value']

export const DEFAULT_THEME: WechatThemeId = 'default'

export const isThemeId = (value: unknown): value is WechatThemeId => WECHAT_THEMES.some((theme) => theme.value === value)

/** The whole stylesheet of a theme: the shared layout, then the theme's own rules. */
export const themeCss = (id: WechatThemeId) => BASE_CSS + (WECHAT_THEMES.find((theme) => theme.value === id)?.css ?? '')
