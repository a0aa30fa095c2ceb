/// <reference lib="webworker" />
import type { Catalog } from '../../domain/content/catalog.ts';
import type { JobDescription } from '../../domain/job-description/draft.ts';
import { lintJobDescription } from '../../domain/job-description/rules.ts';
import { typesetFrench } from '../../domain/text/typography.ts';

/**
 * The builder's checks, in a worker: the lexicons and rules load and run off the page's main
 * thread, so hydration and typing never wait for them. Receives the catalogue once, then job
 * descriptions; answers each with its findings and the request number it answers.
 */
let catalog: Pick<Catalog, 'roles' | 'skills'> | undefined;

self.addEventListener('message', (event: MessageEvent) => {
  const data = event.data as
    | { type: 'catalog'; catalog: Pick<Catalog, 'roles' | 'skills'> }
    | { type: 'check'; request: number; jobDescription: JobDescription };
  if (data.type === 'catalog') {
    catalog = data.catalog;
    return;
  }
  if (!catalog) return;
  // French wording gets French typography (no-break spaces before : ; ! ?), as the page does.
  const findings = lintJobDescription(data.jobDescription, catalog).map((finding) => ({
    ...finding,
    message: { ...finding.message, fr: typesetFrench(finding.message.fr) },
    fix: { ...finding.fix, fr: typesetFrench(finding.fix.fr) },
  }));
  self.postMessage({ request: data.request, findings });
});
