import { useState } from 'react';
import type { JobDescription } from '../../domain/job-description/draft.ts';
import { jobDescriptionFileName } from '../../domain/job-description/file-name.ts';
import { presentJobAd, type JobDescriptionView } from '../../domain/job-description/present.ts';
import {
  exportJobDescriptionText,
  type TextFormat,
} from '../../domain/job-description/text-export.ts';
import { downloadJobDescriptionWord } from './api-client.ts';
import type { BuilderCatalog, Translate } from './messages.ts';

interface Props {
  t: Translate;
  view: JobDescriptionView;
  jobDescription: JobDescription;
  /** For the one-page ad, presented from the description when asked for. */
  catalog: BuilderCatalog;
}

type Status = { kind: 'idle' } | { kind: 'busy' | 'done' | 'error'; message: string };

/** PDF (made in the browser, loaded on demand) and text copies for job boards. */
export default function ExportPanel({ t, view, jobDescription, catalog }: Props) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [fallback, setFallback] = useState<string | undefined>();

  const downloadPdf = async (format: 'full' | 'ad') => {
    setStatus({ kind: 'busy', message: t('jd.export.pdfWorking') });
    try {
      const { downloadJobDescriptionPdf } = await import('./download-pdf.ts');
      const company = jobDescription.company.name;
      if (format === 'ad') {
        const fileName = jobDescriptionFileName(jobDescription, 'pdf', 'ad');
        await downloadJobDescriptionPdf(
          presentJobAd(jobDescription, catalog),
          company,
          fileName,
          'ad',
        );
      } else {
        await downloadJobDescriptionPdf(view, company, jobDescriptionFileName(jobDescription));
      }
      setStatus({ kind: 'done', message: t('jd.export.pdfDone') });
    } catch {
      setStatus({ kind: 'error', message: t('jd.export.pdfError') });
    }
  };

  const downloadWord = async () => {
    setStatus({ kind: 'busy', message: t('jd.export.wordWorking') });
    try {
      await downloadJobDescriptionWord(jobDescription);
      setStatus({ kind: 'done', message: t('jd.export.wordDone') });
    } catch {
      setStatus({ kind: 'error', message: t('jd.export.wordError') });
    }
  };

  const copy = async (format: TextFormat) => {
    const text = exportJobDescriptionText(view, format);
    try {
      await navigator.clipboard.writeText(text);
      setFallback(undefined);
      setStatus({ kind: 'done', message: t('jd.export.copied') });
    } catch {
      setFallback(text);
      setStatus({ kind: 'error', message: t('jd.export.copyFailed') });
    }
  };

  return (
    <section className="jd-panel" aria-labelledby="jd-export-title">
      <h2 id="jd-export-title">{t('jd.export.title')}</h2>
      <div className="jd-actions">
        <button
          type="button"
          className="button"
          onClick={() => void downloadPdf('full')}
          disabled={status.kind === 'busy'}
        >
          {t('jd.export.pdf')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void downloadPdf('ad')}
          disabled={status.kind === 'busy'}
        >
          {t('jd.export.adPdf')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void downloadWord()}
          disabled={status.kind === 'busy'}
        >
          {t('jd.export.word')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void copy('text')}
        >
          {t('jd.export.copyText')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void copy('markdown')}
        >
          {t('jd.export.copyMarkdown')}
        </button>
      </div>
      <p className="jd-status" role="status">
        {status.kind === 'idle' ? '' : status.message}
      </p>
      {fallback !== undefined && (
        <textarea
          className="jd-fallback"
          readOnly
          rows={8}
          value={fallback}
          aria-label={t('jd.export.copyText')}
        />
      )}
    </section>
  );
}
