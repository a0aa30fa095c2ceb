import { escapeMarkdownBlock, escapeMarkdownInline } from '../text/markdown.ts';
import type { JobDescriptionView, ViewItem } from './present.ts';

/** Formats a job description for pasting into a job board: plain text or Markdown. */
export type TextFormat = 'text' | 'markdown';

/** Typed text in an inline place: no line break, no Markdown mark can change the structure. */
const escapeMarkdown = escapeMarkdownInline;

function itemLines(item: ViewItem, format: TextFormat, colon: string): string[] {
  const md = format === 'markdown';
  const esc = (text: string) => (md ? escapeMarkdown(text) : text);
  switch (item.type) {
    case 'paragraph':
      return [md ? escapeMarkdownBlock(item.text) : item.text.trim()];
    case 'list':
      return [
        ...(item.title ? [md ? `**${esc(item.title)}**` : `${item.title}${colon}`] : []),
        ...item.items.map((entry) => `${md ? '-' : '•'} ${esc(entry)}`),
      ];
    case 'facts':
      return item.rows.map((row) =>
        md
          ? `- **${esc(row.label)}**${colon} ${esc(row.value)}`
          : `${row.label}${colon} ${row.value}`,
      );
    case 'levels':
      return item.rows.map((row) => {
        const head = `${row.label} (${row.levelText}${row.note ? `, ${row.note}` : ''})`;
        return md ? `- **${esc(head)}** — ${esc(row.descriptor)}` : `• ${head} — ${row.descriptor}`;
      });
  }
}

/**
 * The view as plain text (headings underlined) or Markdown (`#` headings, `-` lists), one blank
 * line between blocks. French punctuation keeps its no-break spaces.
 */
export function exportJobDescriptionText(view: JobDescriptionView, format: TextFormat): string {
  const md = format === 'markdown';
  const colon = view.locale === 'fr' ? '\u00a0:' : ':';
  const blocks: string[] = [];
  blocks.push(
    md ? `# ${escapeMarkdown(view.title)}` : `${view.title}\n${'='.repeat(view.title.length)}`,
  );
  if (view.subtitle) blocks.push(md ? `_${escapeMarkdown(view.subtitle)}_` : view.subtitle);
  for (const section of view.sections) {
    blocks.push(
      md
        ? `## ${escapeMarkdown(section.heading)}`
        : `${section.heading}\n${'-'.repeat(section.heading.length)}`,
    );
    for (const item of section.items) {
      const lines = itemLines(item, format, colon);
      if (lines.length > 0) blocks.push(lines.join('\n'));
    }
  }
  return `${blocks.join('\n\n')}\n`;
}
