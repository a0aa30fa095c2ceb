import type { GuideAnswer } from '../../domain/campaign/api-answers.ts';
import {
  buildGuideDocument,
  GUIDE_MESSAGE_KEYS,
  guidePdfFileName,
} from '../../domain/campaign/guide-pdf-document.ts';
import { renderPdf } from '../../domain/pdf/render.ts';
import { pickMessages } from '../../i18n/index.ts';
import { loadCatalog } from '../catalog.ts';
import { loadPdfFonts } from '../pdf-fonts.ts';

/**
 * The interview guide's PDF (the `format=pdf` answer of `GET /api/campaigns/{id}/guide`): the
 * guide answer the service built for this token, rendered in the guide's locale. The service
 * decides who may read which guide; this module only lays it out.
 */
export async function renderGuidePdf(
  answer: GuideAnswer,
  now: Date = new Date(),
): Promise<{ bytes: Uint8Array; fileName: string }> {
  const locale = answer.guide.locale;
  const messages = pickMessages(locale, GUIDE_MESSAGE_KEYS);
  const catalog = await loadCatalog();
  const toolLabels = Object.fromEntries(
    answer.guide.notInterviewed.map((id) => [
      id,
      catalog.skills.find((skill) => skill.id === id)?.label[locale] ?? id,
    ]),
  );
  const candidateLabel = answer.candidate
    ? (answer.candidate.name ?? answer.candidate.label)
    : null;
  const model = buildGuideDocument({
    guide: answer.guide,
    messages,
    job: answer.campaign.title,
    organisation: answer.campaign.organisation,
    candidateLabel,
    toolLabels,
    date: now,
  });
  const bytes = await renderPdf(model, await loadPdfFonts());
  return { bytes, fileName: guidePdfFileName(messages, answer.campaign.title, candidateLabel) };
}
