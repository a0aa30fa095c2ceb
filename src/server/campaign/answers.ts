/**
 * The campaign API's answer and request types, for the endpoints, pages and tests. They are
 * declared in `src/domain/campaign/api-answers.ts` (answers) and `src/domain/campaign/requests.ts`
 * (request schemas and types) so that islands, which may not import server code, use the same ones.
 */
export type * from '../../domain/campaign/api-answers.ts';
export { CANDIDATE_RIGHTS, KEPT_DATA } from '../../domain/campaign/api-answers.ts';
export type * from '../../domain/campaign/present.ts';
export * from '../../domain/campaign/requests.ts';
