/**
 * Escaping for text a person typed, placed in a Markdown document (the job-description export):
 * whatever the text holds, it stays text and never becomes Markdown structure (headings, lists,
 * rules, quotes, code blocks, tables, links with a hidden target, images, HTML). A bare address
 * (`https://…`, `www.…`, `name@…`) may still be made clickable by a GFM renderer, which links such
 * text whatever its escaping; it then shows exactly where it leads.
 */

/** Characters that open inline constructs: emphasis, code, links, images, HTML, tables, entities. */
const INLINE = /[\\`*_[\]<>|~!&]/g;

/** Marks that make a block when they start a line (after the spaces this escaping removes). */
const BLOCK_START = /^([#>+\-=*~`]|\d{1,9}(?=[.)]))/;

/** One line of typed text, escaped: inline marks everywhere, block marks at its start. */
function escapeLine(line: string): string {
  const escaped = line.trim().replace(INLINE, '\\$&');
  // An ordered-list number keeps its digits; the dot or parenthesis after it is escaped.
  return escaped
    .replace(BLOCK_START, (mark) => (/^\d/.test(mark) ? mark : `\\${mark}`))
    .replace(/^(\d{1,9})([.)])/, '$1\\$2');
}

/**
 * Typed text for an inline place (a heading, a list item, a table cell): line breaks become
 * spaces, so the text cannot open a new block; Markdown marks are escaped.
 */
export function escapeMarkdownInline(text: string): string {
  return escapeLine(text.replace(/\s*[\r\n]+\s*/g, ' '));
}

/**
 * Typed text for a paragraph: it keeps its paragraphs (blank lines) and line breaks, and every
 * line is escaped at its start, so a line beginning with « - », « 1. », « # », « > » or « --- »
 * stays text.
 */
export function escapeMarkdownBlock(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map(escapeLine)
        .filter((line) => line !== '')
        .join('\n'),
    )
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
}
