import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { SaveFormSchema } from '../../domain/assessment/index.ts';
import type {
  AssessmentSubmission,
  SaveFormInput,
  SaveFormOutput,
} from '../../domain/assessment/index.ts';
import { rememberItem } from '../my-items/remember.ts';
import { saveAssessment } from './api-client.ts';
import type { Messages } from './messages.ts';

interface Props {
  submission: AssessmentSubmission;
  /** The name typed for the PDF; stored only if the person ticks "keep the name". */
  name: string;
  messages: Messages;
  /** The private link if this result was already saved. */
  savedLink: string | undefined;
  onSaved: (link: string) => void;
}

/** "Keep this result": an explicit consent box, optional name and norms choices, then the link. */
export default function SavePanel({ submission, name, messages, savedLink, onSaved }: Props) {
  const { register, handleSubmit, formState } = useForm<SaveFormInput, unknown, SaveFormOutput>({
    resolver: zodResolver(SaveFormSchema),
    defaultValues: { consent: false, keepName: false, norms: false },
  });
  const [status, setStatus] = useState<'idle' | 'busy' | 'error'>('idle');
  const [copied, setCopied] = useState(false);

  if (savedLink) {
    return (
      <section className="card assessment-save" aria-labelledby="assessment-save-title">
        <h2 id="assessment-save-title">{messages['assessment.save.doneTitle']}</h2>
        <p role="status">{messages['assessment.save.doneText']}</p>
        <p className="assessment-save__label" id="assessment-save-link-label">
          {messages['assessment.save.link']}
        </p>
        <p className="assessment-save__link">
          <a
            href={savedLink}
            aria-describedby="assessment-save-link-label"
            data-testid="private-link"
          >
            {savedLink}
          </a>
        </p>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            void navigator.clipboard?.writeText(savedLink).then(() => setCopied(true));
          }}
        >
          {messages['assessment.save.copy']}
        </button>
        <p role="status" className="hint">
          {copied ? messages['assessment.save.copied'] : ''}
        </p>
      </section>
    );
  }

  const error = formState.errors.consent;
  const typedName = name.trim();
  return (
    <section className="card assessment-save" aria-labelledby="assessment-save-title">
      <h2 id="assessment-save-title">{messages['assessment.save.title']}</h2>
      <p>{messages['assessment.save.text']}</p>
      <form
        noValidate
        onSubmit={handleSubmit(async (values) => {
          setStatus('busy');
          try {
            const saved = await saveAssessment(submission, {
              norms: values.norms,
              name: values.keepName && typedName !== '' ? typedName : undefined,
            });
            const link = new URL(saved.link, window.location.origin).href;
            rememberItem({
              kind: 'assessment',
              id: saved.id,
              title: messages['assessment.saved.title'],
              link,
            });
            onSaved(link);
            setStatus('idle');
          } catch {
            setStatus('error');
          }
        })}
      >
        {error && (
          <p className="field-error" id="assessment-consent-error">
            {messages['assessment.save.consentError']}
          </p>
        )}
        <label className="assessment-consent">
          <input
            type="checkbox"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'assessment-consent-error' : undefined}
            {...register('consent')}
          />
          <span>{messages['assessment.save.consent']}</span>
        </label>
        <label className="assessment-consent">
          <input type="checkbox" {...register('norms')} />
          <span>{messages['assessment.save.norms']}</span>
        </label>
        {typedName !== '' && (
          <label className="assessment-consent">
            <input type="checkbox" {...register('keepName')} />
            <span>{messages['assessment.save.keepName']}</span>
          </label>
        )}
        <button type="submit" className="button" disabled={status === 'busy'}>
          {status === 'busy'
            ? messages['assessment.save.busy']
            : messages['assessment.save.button']}
        </button>
        <p role="status" className="field-error">
          {status === 'error' ? messages['assessment.save.error'] : ''}
        </p>
      </form>
    </section>
  );
}
