import fc from 'fast-check';
import { markdownToMdast } from 'satteri';
import { describe, expect, test } from 'vitest';
import type { JobDescription } from '../../../src/domain/job-description/index.ts';
import { presentJobDescription } from '../../../src/domain/job-description/present.ts';
import { exportJobDescriptionText } from '../../../src/domain/job-description/text-export.ts';
import { escapeMarkdownBlock, escapeMarkdownInline } from '../../../src/domain/text/markdown.ts';
import { catalog, cleanJobDescription } from './fixtures.ts';

/**
 * Issue 16, point 10: free text in the Markdown export never changes the document's structure.
 * The structure is read by a real CommonMark + GFM parser (satteri, the site's own Markdown
 * engine): the export with hostile text must have exactly the same tree of nodes (text aside) as
 * the export with plain words in the same places.
 */

type Node = { type: string; url?: string; value?: string; children?: Node[] };

/**
 * A GFM autolink literal: a bare address that renderers link whatever its escaping, and that
 * shows its own target (no hidden destination). It counts as text.
 */
function isBareAddress(node: Node): boolean {
  const [only, ...rest] = node.children ?? [];
  if (node.type !== 'link' || !only || rest.length > 0 || only.type !== 'text') return false;
  return (
    (node.url ?? '').replace(/^(https?:\/\/|mailto:)/, '') ===
    (only.value ?? '').replace(/^(https?:\/\/)/, '')
  );
}

/** The tree's node types, in order, with their depth; text content is left out. */
function shape(markdown: string): string[] {
  const out: string[] = [];
  const walk = (node: Node, depth: number, merged = false) => {
    if (isBareAddress(node)) return;
    if (node.type !== 'text' && !merged) out.push(`${depth}:${node.type}`);
    // A blank line the person typed in a paragraph field is a paragraph break they meant: a
    // paragraph right after a paragraph counts as its continuation (its content still counts).
    let previous: Node | undefined;
    for (const child of node.children ?? []) {
      walk(child, depth + 1, child.type === 'paragraph' && previous?.type === 'paragraph');
      previous = child;
    }
  };

  walk(markdownToMdast(markdown), 0);
  return out;
}

/** Lines that make Markdown blocks or inline structure when they reach the document raw. */
const HOSTILE = [
  '- item',
  '* item',
  '+ item',
  '1. first',
  '2) second',
  '# heading',
  '### heading',
  '> quote',
  '---',
  '***',
  '___',
  '===',
  '    indented code',
  '```js',
  '~~~',
  '| a | b |',
  '|---|---|',
  '[link](https://evil.example)',
  '![image](https://evil.example/x.png)',
  '<script>alert(1)</script>',
  '<div>',
  'https://evil.example/path',
  'www.evil.example',
  'someone@evil.example',
  '**bold** _em_ `code` ~~del~~',
  '[ref]: https://evil.example',
  '&amp; &#42;',
  '\\',
  '',
];

const hostileText = fc
  .array(fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 12 })), {
    minLength: 1,
    maxLength: 6,
  })
  .chain((lines) =>
    fc
      .constantFrom('\n', '\n\n', '\r\n', ' ')
      .map((separator) => `Texte ${lines.join(separator)} fin`),
  );

/** A job description whose free-text fields all hold `text`. */
function withText(text: string): JobDescription {
  const jd = cleanJobDescription();
  return {
    ...jd,
    title: `${text} (F/H)`,
    company: { ...jd.company, name: text },
    objective: text,
    reporting: text,
    organisation: text,
    kpis: [text, text],
    missions: jd.missions.map((mission) => ({ ...mission, label: text })),
    perimeter: {
      ...jd.perimeter,
      inScope: [text],
      outOfScope: [text],
      redLines: [text],
    },
  };
}

function exported(text: string): string {
  return exportJobDescriptionText(presentJobDescription(withText(text), catalog), 'markdown');
}

describe('the Markdown export', () => {
  test('keeps its structure whatever the free text holds (property, 300 runs)', () => {
    const plain = shape(exported('Texte simple fin'));
    fc.assert(
      fc.property(hostileText, (text) => {
        expect(shape(exported(text))).toEqual(plain);
      }),
      { numRuns: 300 },
    );
  });

  test.each(HOSTILE.filter(Boolean))('renders %j as its own text', (line) => {
    const tree = markdownToMdast(
      `- ${escapeMarkdownInline(line)}\n\n${escapeMarkdownBlock(`a\n${line}`)}\n`,
    ) as Node;
    const text = (node: Node): string =>
      'value' in node
        ? String((node as { value: unknown }).value)
        : (node.children ?? []).map(text).join('');
    expect(text(tree).replace(/\s+/g, ' ')).toContain(line.trim().replace(/\s+/g, ' '));
  });
});
