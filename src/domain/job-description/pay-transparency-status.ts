import type { LocalizedText } from '../content/common.ts';

/**
 * Where pay transparency stands, kept as dated content so it can be updated without touching the
 * rules: directive (EU) 2023/970 (pay or range before the interview; no pay-history questions) had
 * to be transposed by 7 June 2026. Update `asOf`, `france` and `sources` when France adopts its
 * law. Research: shared/research/round2-facts.md, "Job-ad law".
 */
export const PAY_TRANSPARENCY_STATUS = {
  /** The directive's transposition deadline. */
  deadline: '2026-06-07',
  /** The day the French status below was last checked. */
  asOf: '2026-11-30',
  france: {
    fr: 'en France, un projet de loi de transposition a été soumis à consultation de mars à juin 2026 ; aucune loi adoptée n’était connue au 30 novembre 2026',
    en: 'in France, a transposition bill was consulted on from March to June 2026; no adopted law was known as of 30 November 2026',
  } satisfies LocalizedText,
  sources: [
    'Directive (UE) 2023/970 du 10 mai 2023, art. 5 et 34 (EUR-Lex)',
    'informateurjudiciaire.fr (11/2025) ; rwrh.fr ; consultation publique sur le projet de loi de transposition (mars–juin 2026)',
  ],
} as const;
