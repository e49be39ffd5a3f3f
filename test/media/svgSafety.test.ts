import { describe, expect, it } from 'vitest'

import { isSrt, isWebVtt } from '../../media/subtitleFormat'
import { inspectSvg } from '../../media/svgSafety'

const wrap = (body: string, attributes = '') =>
  `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"${attributes}>${body}</svg>`

describe('inspectSvg', () => {
  it.each([
    ['gradients, internal references, embedded PNG', wrap('<defs><linearGradient id="g"/></defs><style>.a{fill:url(#g)}</style><rect class="a" fill="url(#g)"/><use xlink:href="#g"/><image href="data:image/png;base64,iVBORw0KGgo="/>')],
    ['the SVG 1.1 DOCTYPE without an internal subset', `<?xml version="1.0"?><!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">${wrap('')}`],
  ])('accepts %s', (_, text) => {
    expect(inspectSvg(text)).toEqual({ ok: true })
  })

  it.each([
    ['<script>', wrap('<script>alert(1)</script>'), '脚本'],
    ['a prefixed script in CDATA', '<s:svg xmlns:s="http://www.w3.org/2000/svg"><s:script><![CDATA[alert(1)]]></s:script></s:svg>', '脚本'],
    ['onload', wrap('', ' onload="alert(1)"'), '事件处理属性（onload）'],
    ['OnClick in odd case', wrap('<rect OnClick="alert(1)"/>'), '事件处理属性（OnClick）'],
    ['javascript: with a tab entity', wrap('<a xlink:href="jav&#x09;ascript:alert(1)"><text>x</text></a>'), 'javascript:'],
    ['javascript: as a decimal reference', wrap('<a href="&#106;avascript:alert(1)">x</a>'), 'javascript:'],
    ['javascript: set by animation', wrap('<a><set attributeName="href" to="javascript:alert(1)"/><text>x</text></a>'), 'javascript:'],
    ['foreignObject', wrap('<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>'), 'foreignObject'],
    ['an iframe', wrap('<iframe src="https://example.com"/>'), 'iframe'],
    ['an external image', wrap('<image href="https://tracker.example.com/p.png"/>'), '外部资源引用'],
    ['a relative use', wrap('<use href="other.svg#icon"/>'), '外部资源引用'],
    ['a remote fill', wrap('<rect fill="url(https://evil.example.com/p.svg#x)"/>'), '外部资源引用'],
    ['a CSS @import', wrap('<style>@import url(https://evil.example.com/a.css);</style>'), '@import'],
    ['an xml-stylesheet instruction', `<?xml version="1.0"?><?xml-stylesheet href="https://evil.example.com/a.css"?>${wrap('')}`, 'xml-stylesheet'],
    ['an external entity', `<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>${wrap('<text>&x;</text>')}`, 'ENTITY'],
    ['an embedded SVG data URL', wrap('<image href="data:image/svg+xml;base64,PHN2Zz4="/>'), '嵌入的可执行文档'],
  ])('refuses %s', (_, text, reason) => {
    const verdict = inspectSvg(text)
    expect(verdict.ok).toBe(false)
    expect(verdict.ok === false && verdict.reason).toBe('hazard')
    expect(verdict.ok === false && verdict.detail).toContain(reason)
  })

  it('tells malformed XML and non-SVG documents apart from hazards', () => {
    expect(inspectSvg(wrap('<rect>'))).toMatchObject({ ok: false, reason: 'invalid' })
    expect(inspectSvg('<html><body>hi</body></html>')).toMatchObject({ ok: false, reason: 'notSvg', detail: 'html' })
  })
})

describe('subtitle structure', () => {
  const bytes = (text: string) => Buffer.from(text, 'utf8')
  it('recognises WebVTT by its header', () => {
    expect(isWebVtt(bytes('WEBVTT\n\n00:01.000 --> 00:02.000\n你好'))).toBe(true)
    expect(isWebVtt(bytes('\uFEFFWEBVTT - 标题\n'))).toBe(true)
    expect(isWebVtt(bytes('WEBVTTX\n'))).toBe(false)
    expect(isWebVtt(bytes('1\n00:00:01,000 --> 00:00:02,000\n'))).toBe(false)
  })
  it('recognises SRT by its first cue, in UTF-8 or GBK alike', () => {
    expect(isSrt(bytes('\uFEFF1\r\n00:00:01,000 --> 00:00:02,500\r\n你好\r\n'))).toBe(true)
    expect(isSrt(Buffer.concat([bytes('1\n00:00:01,000 --> 00:00:02,000\n'), Buffer.from([0xc4, 0xe3, 0xba, 0xc3])]))).toBe(true)
    expect(isSrt(bytes('WEBVTT\n'))).toBe(false)
    expect(isSrt(bytes('1\n这不是时间轴\n'))).toBe(false)
    expect(isSrt(Buffer.from([0x31, 0x0a, 0x00, 0x00]))).toBe(false)
  })
})
