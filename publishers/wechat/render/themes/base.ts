/**
 * Layout every theme shares; a theme adds its colours and accents after it (later rules win in juice as in a
 * browser). Only properties WeChat keeps: no position, transform, animation, @media, var(), url().
 * Selectors are the classes the converters emit; juice inlines them and the sanitiser then drops the classes.
 */
export const BASE_CSS = `
.rm { font-size: 16px; line-height: 1.75; color: #333333; letter-spacing: 0.5px; text-align: justify; word-break: break-all; }
.rm p { margin: 0 0 16px; }
.rm h2 { font-size: 18px; font-weight: bold; margin: 28px 0 14px; line-height: 1.5; }
.rm h3, .rm h4, .rm h5, .rm h6 { font-size: 16px; font-weight: bold; margin: 22px 0 10px; }
.rm blockquote { margin: 0 0 16px; padding: 10px 14px; color: #666666; }
.rm ul, .rm ol { margin: 0 0 16px; padding-left: 24px; }
.rm li { margin: 0 0 6px; }
.rm figure { margin: 0 0 16px; text-align: center; }
.rm img { max-width: 100%; height: auto; display: block; margin: 0 auto; }
.rm figcaption { font-size: 13px; color: #888888; margin-top: 6px; line-height: 1.5; }
.rm .credit { margin-left: 6px; }
.rm .table-wrap { margin: 0 0 16px; overflow-x: auto; }
.rm table { border-collapse: collapse; width: 100%; font-size: 14px; }
.rm th, .rm td { border: 1px solid #dddddd; padding: 6px 8px; }
.rm th { font-weight: bold; background-color: #f5f5f5; }
.rm pre { margin: 0 0 16px; padding: 12px; background-color: #f6f8fa; font-size: 13px; line-height: 1.6; overflow-x: auto; }
.rm code { font-family: Menlo, Consolas, monospace; font-size: 13px; }
.rm hr { border: 0; border-top: 1px solid #e5e5e5; margin: 24px 0; }
.rm .fn { font-size: 12px; color: #888888; }
.rm .fns { margin-top: 28px; font-size: 13px; color: #888888; line-height: 1.6; }
.rm .fns-title { font-weight: bold; margin: 0 0 6px; }
.rm .fns p { margin: 0 0 4px; word-break: break-all; }
.rm .related { font-size: 14px; color: #576b95; }
.rm .col-header { margin: 0 0 20px; font-size: 14px; color: #888888; }
.rm .col-footer { margin-top: 24px; font-size: 14px; color: #888888; }
.rm .col-header p, .rm .col-footer p { margin: 0 0 6px; }
.rm .credits { margin-top: 28px; font-size: 13px; color: #999999; }
.rm .credits p { margin: 0 0 4px; }
.rm .align-center { text-align: center; }
.rm .align-right, .rm .align-end { text-align: right; }
.rm .align-left, .rm .align-start { text-align: left; }
.rm .align-justify { text-align: justify; }
`
