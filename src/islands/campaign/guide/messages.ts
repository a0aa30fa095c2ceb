import type { GuideMessages } from '../../../domain/campaign/guide-pdf-document.ts';

/** The guide page's own strings, besides the guide's (`GUIDE_MESSAGE_KEYS`). */
export const GUIDE_PAGE_KEYS = [
  'campaign.guide.page.loading',
  'campaign.guide.page.missingToken',
  'campaign.guide.page.notFound',
  'campaign.guide.page.error',
  'campaign.guide.page.print',
  'campaign.guide.page.pdf',
  'campaign.guide.page.pdfBusy',
  'campaign.guide.page.pdfError',
] as const;

/** Every string the guide page's island uses. */
export type GuidePageMessages = GuideMessages & Record<(typeof GUIDE_PAGE_KEYS)[number], string>;
