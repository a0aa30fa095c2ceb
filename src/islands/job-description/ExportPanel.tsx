import { useState } from 'react';
import type { JobDescription } from '../../domain/job-description/draft.ts';
import { jobDescriptionFileName } from '../../domain/job-description/file-name.ts';
import type { JobDescriptionView } from '../../domain/job-description/present.ts';
import {
  exportJobDescriptionText,
  type TextFormat,
} from '../../domain/job-description/text-export.ts';
import type { Translate } from './messages.ts';

interface Props {
  t: Translate;
  view: JobDescriptionView;
  jobDescription: JobDescription;
}

type Status = { kind: 'idle' } | { kind: 'busy' | 'done' | 'error'; message: string };

/** PDF (made in the browser, loaded on demand) and text copies for job boards. */
export default function ExportPanel({ t, view, jobDescription }: Props) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [fallback, setFallback] = useState<string | undefined>();

  const downloadPdf = async () => {
    setStatus({ kind: 'busy', message: t('jd.export.pdfWorking') });
    try {
      const { downloadJobDescriptionPdf } = await import('./download-pdf.ts');
      await downloadJobDescriptionPdf(
        view,
        jobDescription.company.name,
        jobDescriptionFileName(jobDescription),
      );
      setStatus({ kind: 'done', message: t('jd.export.pdfDone') });
    } catch {
      setStatus({ kind: 'error', message: t('jd.export.pdfError') });
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
          onClick={() => void downloadPdf()}
          disabled={status.kind === 'busy'}
        >
          {t('jd.export.pdf')}
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
