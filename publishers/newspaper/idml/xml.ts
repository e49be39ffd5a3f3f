/** XML text and attribute escaping; characters XML 1.0 forbids (most C0 controls) are dropped. */
export function xmlEscape(value: string): string {
  return value
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

export const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
export const PKG_NS = 'http://ns.adobe.com/AdobeInDesign/idml/1.0/packaging'
export const DOM_VERSION = '16.0'

/** A number as an IDML coordinate. */
export const num = (value: number) => Number(value.toFixed(3)).toString()
