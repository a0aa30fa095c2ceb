import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/**
 * French typography on every rendered French page (issue 15, point 8): no ordinary space before
 * `:`, `;`, `!`, `?` nor inside « guillemets » — the space there must be a no-break one (U+00A0 or
 * the narrow U+202F), or a line may start with the mark. Scans the text the reader sees once the
 * islands have run: the static pages from the sitemap, the tools, a saved job description, the
 * "my items" page and the 404 page. Code, addresses and form values are left out.
 */

/** Ordinary spaces where French wants a no-break one, with a little context for the report. */
async function badSpaces(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const skip = new Set(['SCRIPT', 'STYLE', 'CODE', 'PRE', 'TEXTAREA', 'NOSCRIPT', 'TEMPLATE']);
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
      acceptNode(node) {
        for (let el = node.parentElement; el; el = el.parentElement) {
          if (skip.has(el.tagName) || el.hidden) return NodeFilter.FILTER_REJECT;
        }
        return NodeFilter.FILTER_ACCEPT;
      },
    });
    // Text of each block, joined across inline elements (« <strong>x</strong> : » counts).
    const blocks = new Map<Element, string>();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const block = node.parentElement?.closest(
        'p, li, h1, h2, h3, h4, dt, dd, td, th, label, legend, button, a, span, div, option, caption, figcaption, summary',
      );
      if (!block) continue;
      blocks.set(block, (blocks.get(block) ?? '') + (node.textContent ?? ''));
    }
    const found: string[] = [];
    const address = /\b(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
    for (const text of blocks.values()) {
      const plain = text.replace(address, '');
      for (const match of plain.matchAll(/\S {1,}[:;!?](?=\s|$)|« +| +»/g)) {
        const at = match.index ?? 0;
        found.push(plain.slice(Math.max(0, at - 25), at + match[0].length + 10).trim());
      }
    }
    return [...new Set(found)];
  });
}

test('every French page puts no-break spaces before : ; ! ? and inside « »', async ({
  page,
  request,
}) => {
  test.setTimeout(240_000);
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)]
    .map((match) => new URL(match[1] ?? '/').pathname)
    .filter((path) => !path.startsWith('/en/'));
  expect(paths.length).toBeGreaterThan(5);

  const saved = await request.post('/api/job-descriptions', {
    data: { role: 'expert', locale: 'fr', company: { name: 'Atelier Dupont' } },
  });
  const { links } = (await saved.json()) as { links: { page: string } };
  const pages = [...new Set([...paths, '/my-items/', links.page, '/page-inexistante/'])];

  const report: string[] = [];
  for (const path of pages) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    for (const bad of await badSpaces(page)) report.push(`${path}: «${bad}»`);
  }
  expect(report).toEqual([]);
});
