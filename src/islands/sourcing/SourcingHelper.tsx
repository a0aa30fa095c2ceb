import { rememberItem } from '../my-items/remember.ts';
import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { ApiSourcingAnswer } from '../../domain/sourcing/api-answer.ts';
import { createTranslator } from '../../domain/text/index.ts';
import { sourcingPdfFileName } from '../../domain/sourcing/pdf-document.ts';
import { downloadBlob } from '../download.ts';
import { SourcingInputSchema } from '../../domain/sourcing/input.ts';
import type { Country, SourcingInput, SourcingInputDraft } from '../../domain/sourcing/input.ts';
import { inputFromQuery, toQueryString } from '../../domain/sourcing/query.ts';
import { fetchSourcingAnswer, fetchSourcingPdf } from './api-client.ts';
import {
  DEFAULT_INPUT,
  defaultAssumptionValues,
  keepEditedAssumptions,
  toFormValues,
} from './form-values.ts';
import type { AssumptionField } from './form-values.ts';
import SourcingAnswer from './SourcingAnswer.tsx';
import SourcingFields from './SourcingFields.tsx';
import type { Locale } from '../../domain/text/index.ts';
import './sourcing.css';

interface Props {
  locale: Locale;
  /** The `sourcing.` strings of the locale. */
  messages: Record<string, string>;
  /** Editable assumptions with their sourced defaults per country. */
  assumptionFields: AssumptionField[];
  /** Link to the method page. */
  methodHref: string;
}

type Status = 'idle' | 'loading' | 'error';

/**
 * The sourcing decision helper: a form (react-hook-form + the shared zod schema) whose inputs are
 * sent to `POST /api/sourcing`; the answer is drawn below and the inputs go to the URL, so a copied
 * link reproduces it. The PDF comes from `POST /api/sourcing/pdf`, so no PDF code ships here.
 */
export default function SourcingHelper({ locale, messages, assumptionFields, methodHref }: Props) {
  const t = useMemo(() => createTranslator(locale, messages), [locale, messages]);
  const [answer, setAnswer] = useState<ApiSourcingAnswer | undefined>();
  const [sent, setSent] = useState<SourcingInput | undefined>();
  const [status, setStatus] = useState<Status>('idle');
  const [notice, setNotice] = useState('');
  const [pdfBusy, setPdfBusy] = useState(false);
  const controller = useRef<AbortController | undefined>(undefined);
  const titleFocus = useRef(false);

  const form = useForm<SourcingInputDraft, unknown, SourcingInput>({
    resolver: zodResolver(SourcingInputSchema),
    defaultValues: toFormValues(DEFAULT_INPUT, assumptionFields),
  });
  const { register, handleSubmit, formState, reset, setValue } = form;

  const run = useCallback(
    async (input: SourcingInput, focus: boolean) => {
      const trimmed = keepEditedAssumptions(input, assumptionFields);
      controller.current?.abort();
      const abort = new AbortController();
      controller.current = abort;
      setStatus('loading');
      setNotice('');
      try {
        const result = await fetchSourcingAnswer(trimmed, locale, abort.signal);
        setAnswer(result);
        setSent(trimmed);
        setStatus('idle');
        const query = toQueryString(trimmed);
        window.history.replaceState(
          null,
          '',
          `${window.location.pathname}${query ? `?${query}` : ''}`,
        );
        titleFocus.current = focus;
      } catch (error) {
        if (!abort.signal.aborted) {
          console.error(error);
          setStatus('error');
        }
      }
    },
    [assumptionFields, locale],
  );

  // A link with inputs reproduces its answer as soon as the page loads.
  useEffect(() => {
    const search = window.location.search;
    if (search.length <= 1) return;
    const input = inputFromQuery(search);
    reset(toFormValues(input, assumptionFields));
    // The query string is known in the browser only: the answer is drawn after hydration.
    // eslint-disable-next-line react-hooks/set-state-in-effect -- see above
    void run(input, false);
  }, [assumptionFields, reset, run]);

  useEffect(() => {
    if (answer && titleFocus.current) {
      titleFocus.current = false;
      document.getElementById('sourcing-answer-title')?.focus();
    }
  }, [answer]);

  const onCountryChange = (country: Country) => {
    const defaults = defaultAssumptionValues(assumptionFields, country);
    for (const field of assumptionFields) {
      setValue(`assumptions.${field.key}`, defaults[field.key]);
    }
  };

  const copyLink = async () => {
    try {
      rememberItem({
        kind: 'sourcing',
        id: window.location.search,
        title: t('sourcing.title'),
        link: window.location.href,
      });
      await navigator.clipboard.writeText(window.location.href);
      setNotice(t('sourcing.linkCopied'));
    } catch {
      setNotice(t('sourcing.linkCopyFailed'));
    }
  };

  const downloadPdf = async () => {
    if (!sent || !answer) return;
    setPdfBusy(true);
    setNotice(t('sourcing.pdf.loading'));
    try {
      const blob = await fetchSourcingPdf(sent, locale);
      downloadBlob(blob, sourcingPdfFileName(answer, new Date()));
      setNotice('');
    } catch (error) {
      console.error(error);
      setNotice(t('sourcing.pdf.error'));
    } finally {
      setPdfBusy(false);
    }
  };

  const country = useWatch({ control: form.control, name: 'country' }) === 'qc' ? 'qc' : 'fr';
  const workloadMode =
    useWatch({ control: form.control, name: 'workloadMode' }) === 'hours' ? 'hours' : 'estimate';

  return (
    <div className="sourcing-helper">
      <form
        className="sourcing-form"
        noValidate
        onSubmit={(event) => void handleSubmit((input) => run(input, true))(event)}
        aria-describedby={status === 'error' ? 'sourcing-form-error' : undefined}
      >
        <SourcingFields
          register={register}
          errors={formState.errors}
          t={t}
          country={country}
          workloadMode={workloadMode}
          assumptionFields={assumptionFields}
          onCountryChange={onCountryChange}
        />
        <div className="sourcing-submit">
          <button type="submit" className="button" disabled={status === 'loading'}>
            {status === 'loading' ? t('sourcing.loading') : t('sourcing.submit')}
          </button>
          {status === 'error' && (
            <p id="sourcing-form-error" className="field-error" role="alert">
              {t('sourcing.error')}
            </p>
          )}
        </div>
      </form>

      <section
        className="sourcing-result"
        aria-live="polite"
        aria-busy={status === 'loading'}
        aria-label={t('sourcing.answer.title')}
      >
        {answer && (
          <SourcingAnswer
            answer={answer}
            t={t}
            methodHref={methodHref}
            actions={
              <div className="sourcing-actions">
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => void copyLink()}
                >
                  {t('sourcing.copyLink')}
                </button>
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => void downloadPdf()}
                  disabled={pdfBusy}
                >
                  {pdfBusy ? t('sourcing.pdf.loading') : t('sourcing.pdf')}
                </button>
                <p className="sourcing-notice" role="status">
                  {notice}
                </p>
              </div>
            }
          />
        )}
      </section>
    </div>
  );
}
