/**
 * The Typst side of the newspaper: page furniture and module drawing, as a library the generated source
 * calls. Every text comes from the JSON data file as a string, and Typst sets strings literally — story text
 * is never parsed as markup. Geometry arrives in points; everything vertical is whole body lines.
 */
export const LIBRARY = String.raw`
#let G = data.geometry
#let P = G.pitch * 1pt
#let LEAD = P - G.bodySize * 1pt
#let COLW = G.columnWidth * 1pt
#let GUT = G.gutter * 1pt
#let SERIF = ("Noto Serif SC",)
#let SANS = ("Noto Sans SC",)
#let INK = rgb("#1a1a1a")
#let RED = rgb("#c8102e")

#set document(title: data.issue.title)
#set page(width: G.pageWidth * 1pt, height: G.pageHeight * 1pt, margin: 0pt)
#set text(font: SERIF, size: G.bodySize * 1pt, lang: "zh", region: "cn", fill: INK, top-edge: 0.88em, bottom-edge: -0.12em, costs: (widow: 0%, orphan: 0%, runt: 0%))
#set par(justify: true, leading: LEAD, spacing: LEAD, first-line-indent: (amount: 2em, all: true))

#let span-w(n) = n * COLW + (n - 1) * GUT
#let col-x(x) = x * (COLW + GUT)
#let lines(n) = n * P

// One line of a headline, scaled down if it still measures wider than its box (the planner's estimate is
// in proportion to the whole headline; this is the exact check).
#let fit-line(body, font, weight, size, width) = context {
  let t = text(font: font, weight: weight, size: size * 1pt, top-edge: "cap-height", bottom-edge: "baseline", body)
  let w = measure(t).width
  if w > width { text(font: font, weight: weight, size: size * 1pt * (width / w) * 0.995, top-edge: "cap-height", bottom-edge: "baseline", body) } else { t }
}

#let jump-line(label) = par(first-line-indent: 0pt, justify: false, align(right, text(font: SANS, weight: "bold", size: 8pt, label)))

#let body-text(b) = {
  if b.jumpFrom != none { par(first-line-indent: 0pt, text(font: SANS, weight: "bold", size: 8pt, "（上接第" + str(b.jumpFrom) + "版）")) }
  for (i, p) in b.paragraphs.enumerate() {
    if i == 0 and b.continues { par(first-line-indent: 0pt, p) } else { par(p) }
  }
  if b.jumpTo != none { jump-line("（下转第" + str(b.jumpTo) + "版）") }
}

// The verification marker: how many body lines the block's text needs at one column, against its capacity.
#let verify(b, capacity) = context {
  let h = measure(block(width: COLW, body-text(b))).height
  [#metadata((id: b.id, need: calc.ceil((h + LEAD) / P - 0.05), capacity: capacity)) <verify>]
}

#let head(b, width) = {
  let h = b.head
  if h.kicker != none { block(height: lines(h.kickerLines), spacing: 0pt, align(horizon, text(font: SANS, size: 11pt, h.kicker))) }
  let hl = lines(h.headlineLines)
  block(height: hl, spacing: 0pt, align(horizon, stack(spacing: h.size * 0.25pt, ..h.lines.map(l => fit-line(l, if h.font == "serif" { SERIF } else { SANS }, if h.font == "serif" { 900 } else { 700 }, h.size, width)))))
  if h.deck != none { block(height: lines(h.deckLines), spacing: 0pt, align(horizon, text(font: SANS, size: 12pt, h.deck))) }
  if h.byline != none { block(height: lines(1), spacing: 0pt, align(horizon, text(font: SANS, size: 8.5pt, fill: luma(60), h.byline))) }
  block(height: lines(1), spacing: 0pt)
}

#let photo(b, width) = {
  let p = b.photo
  block(spacing: 0pt, image(p.path, width: width, height: lines(p.lines) - 2pt, fit: "cover"))
  if p.caption != none { block(height: lines(p.captionLines), spacing: 0pt, inset: (top: 2pt), text(font: SANS, size: 8pt, top-edge: "ascender", bottom-edge: "descender", p.caption)) }
}

#let text-columns(b, n, depth) = block(width: span-w(n), height: lines(depth), spacing: 0pt, clip: true, columns(n, gutter: GUT, body-text(b)))

// A story module (稿件块) at column x, line y of the content area, with a rule under it.
#let module(b, oy, x, y, span, height) = place(top + left, dx: G.margin.side * 1pt + col-x(x), dy: oy + lines(y), block(width: span-w(span), height: lines(height), spacing: 0pt, {
  let w = span-w(span)
  head(b, w)
  if b.photo != none and b.photo.mode == "top" {
    photo(b, w)
    block(height: lines(1), spacing: 0pt)
  }
  if b.photo != none and b.photo.mode == "side" {
    grid(columns: (span-w(b.photo.span), span-w(b.textSpan)), column-gutter: GUT, photo(b, span-w(b.photo.span)), text-columns(b, b.textSpan, b.bodyLines))
  } else {
    text-columns(b, b.textSpan, b.bodyLines)
  }
  verify(b, b.textSpan * b.bodyLines)
  place(bottom + left, dy: -lines(0.5), line(length: w, stroke: 0.5pt + luma(120)))
}))

#let brief(b, oy, y, height) = place(top + left, dx: G.margin.side * 1pt + col-x(b.x), dy: oy + lines(y), block(width: COLW, height: lines(height), spacing: 0pt, {
  block(height: lines(b.head.headlineLines), spacing: 0pt, align(horizon, text(font: SANS, weight: 700, size: 10pt, top-edge: "ascender", bottom-edge: "descender", b.head.lines.join(""))))
  block(height: lines(b.bodyLines), spacing: 0pt, clip: true, body-text(b))
  verify(b, b.bodyLines)
}))

#let side-title(label, oy, y) = place(top + left, dx: G.margin.side * 1pt + col-x(G.columns - 1), dy: oy + lines(y), block(width: COLW, height: lines(2), fill: RED, inset: (x: 4pt), spacing: 0pt, align(horizon, text(font: SANS, weight: 700, size: 11pt, fill: white, label))))

#let contents-box(entries, oy, height) = {
  side-title("导读", oy, 0)
  place(top + left, dx: G.margin.side * 1pt + col-x(G.columns - 1), dy: oy + lines(2), block(width: COLW, height: lines(height - 2), stroke: 0.5pt + RED, inset: (x: 3pt), spacing: 0pt, {
    for e in entries {
      block(height: lines(e.lines), spacing: 0pt, inset: (top: 3pt), par(first-line-indent: 0pt, justify: false, text(font: SANS, size: 9pt, top-edge: "ascender", bottom-edge: "descender", [#text(weight: 700, e.headline) #h(0.5em) #text(fill: RED, "第" + str(e.page) + "版")])))
    }
  }))
}

#let side-rule(oy, height) = place(top + left, dx: G.margin.side * 1pt + col-x(G.columns - 1) - GUT / 2, dy: oy, line(angle: 90deg, length: lines(height), stroke: 0.5pt + luma(120)))

#let masthead(m, page) = place(top + left, dx: G.margin.side * 1pt, dy: G.margin.top * 1pt, block(width: G.contentWidth * 1pt, height: lines(G.mastheadLines), spacing: 0pt, {
  grid(columns: (1fr, span-w(2)), column-gutter: GUT,
    align(horizon + left, text(fill: RED, fit-line(m.name, SERIF, 900, G.mastheadLines * G.pitch * 0.55, G.contentWidth * 1pt - span-w(2) - GUT))),
    align(horizon + left, text(font: SANS, size: 8.5pt, top-edge: "ascender", bottom-edge: "descender", stack(spacing: 3pt, ..m.lines.map(l => l)))))
  place(bottom + left, dy: -lines(0.5), stack(spacing: 1.5pt, line(length: G.contentWidth * 1pt, stroke: 2pt + RED), line(length: G.contentWidth * 1pt, stroke: 0.5pt + RED)))
}))

#let folio(f) = place(top + left, dx: G.margin.side * 1pt, dy: G.margin.top * 1pt, block(width: G.contentWidth * 1pt, height: lines(G.folioLines), spacing: 0pt, {
  set text(font: SANS, size: 9pt, top-edge: "ascender", bottom-edge: "descender")
  grid(columns: (1fr, 1fr, 1fr), align(horizon + left, text(weight: 700, f.left)), align(horizon + center, f.center), align(horizon + right, f.right))
  place(bottom + left, dy: -lines(0.5), line(length: G.contentWidth * 1pt, stroke: 1pt + INK))
}))
`
