import { useState } from 'react';
import type { Messages } from './messages.ts';

interface Props {
  messages: Messages;
  /** Builds and downloads the PDF; it loads pdf-lib on demand. */
  build: () => Promise<void>;
}

/** The "download the PDF report" button with its busy and error states. */
export default function PdfButton({ messages, build }: Props) {
  const [status, setStatus] = useState<'idle' | 'busy' | 'error'>('idle');
  return (
    <>
      <button
        type="button"
        className="button"
        disabled={status === 'busy'}
        onClick={async () => {
          setStatus('busy');
          try {
            await build();
            setStatus('idle');
          } catch {
            setStatus('error');
          }
        }}
      >
        {status === 'busy'
          ? messages['assessment.results.pdfBusy']
          : messages['assessment.results.pdf']}
      </button>
      <p role="status" className="field-error assessment-actions__status">
        {status === 'error' ? messages['assessment.results.pdfError'] : ''}
      </p>
    </>
  );
}
