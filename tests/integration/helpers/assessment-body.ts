/** A complete, valid answer set for the current questionnaire, built from the content files. */
export async function validAssessmentSubmission(): Promise<Record<string, unknown>> {
  const { loadCatalog } = await import('../../helpers/load-catalog.ts');
  const { buildQuestionnaire, pickAssessmentCatalog } =
    await import('../../../src/domain/assessment/index.ts');
  const questionnaire = buildQuestionnaire(pickAssessmentCatalog(loadCatalog()));
  const answers = Object.fromEntries(
    questionnaire.items.map((item) => [
      item.id,
      item.type === 'scenario' ? 'a' : item.type === 'tool' ? 2 : 3,
    ]),
  );
  return { version: questionnaire.version, locale: 'fr', answers, context: {} };
}
