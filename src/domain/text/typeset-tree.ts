import { typesetFrench } from './typography.ts';

/** A Markdown text node as the Markdown processor hands it to a plugin. */
interface TextNode {
  readonly value: string;
}

/** The part of the processor's plugin context this plugin uses. */
interface TextContext {
  setProperty(node: TextNode, key: 'value', value: string): void;
}

/**
 * Typesets the text of one Markdown text node. Code (inline or block) is never a text node, so it
 * stays as written. A node that starts with spaces follows an inline element (`**Note** :`): a
 * letter stands in for that element so the space before the mark is typeset too.
 */
export function typesetMarkdownText(value: string): string {
  return /^\s/.test(value) ? typesetFrench(`x${value}`).slice(1) : typesetFrench(value);
}

/**
 * The Markdown plugin (Sätteri mdast) that typesets French content files (`*.fr.md`): prose pages
 * and role narratives get the same no-break spaces as the interface. Registered in
 * `astro.config.mjs`; a file in another locale is left out of the pipeline.
 */
export function frenchTypographyPlugin(context: { readonly fileURL: URL | undefined }) {
  if (!context.fileURL || !/\.fr\.mdx?$/.test(context.fileURL.pathname)) return null;
  return {
    name: 'french-typography',
    text(node: TextNode, ctx: TextContext): void {
      const value = typesetMarkdownText(node.value);
      if (value !== node.value) ctx.setProperty(node, 'value', value);
    },
  };
}
