import '../zod-jitless.ts';
import { rememberItem } from '../my-items/remember.ts';
import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { SourcingView } from '../../domain/sourcing/present.ts';
import { createTranslator } from '../../domain/text/index.ts';
import type { Locale } from '../../domain/text/index.ts';
import { downloadBlob } from '../download.ts';
import { sourcingPdfFileName } from '../../domain/sourcing/pdf-document.ts';
import { SourcingInputSchema } from '../../domain/sourcing/input.ts';
import type { Country, SourcingInput, SourcingInputDraft } from '../../domain/sourcing/input.ts';
import { inputFromQuery, toQueryString } from '../../domain/sourcing/query.ts';
import { fetchSourcingAnswer, fetchSourcingBrief, fetchSourcingPdf } from './api-client.ts';
import {
  DEFAULT_INPUT,
  defaultAssumptionValues,
  keepEditedAssumptions,
  toFormValues,
} from './form-values.ts';
import type { AssumptionField } from './form-values.ts';
import SourcingAnswer from './SourcingAnswer.tsx';
import SourcingFields from './SourcingFields.tsx';
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
  const [answer, setAnswer] = useState<SourcingView | undefined>();
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
  const { register, handleSubmit, formState, reset, setValue, subscribe } = form;

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
        keepInputsOnLanguageSwitch(query);
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

  // Editing a weight updates the answer at once (after a short pause while typing).
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = subscribe({
      name: 'weights',
      formState: { values: true },
      callback: () => {
        clearTimeout(timer);
        timer = setTimeout(() => void handleSubmit((input) => run(input, false))(), 300);
      },
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [handleSubmit, run, subscribe]);

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
    if (!sent) return;
    setPdfBusy(true);
    setNotice(t('sourcing.pdf.loading'));
    try {
      const blob = await fetchSourcingPdf(sent, locale);
      const date = new Date().toISOString().slice(0, 10);
      downloadBlob(blob, sourcingPdfFileName(sent.company, date, locale));
      setNotice('');
    } catch (error) {
      console.error(error);
      setNotice(t('sourcing.pdf.error'));
    } finally {
      setPdfBusy(false);
    }
  };

  const downloadBrief = async (format: 'md' | 'pdf') => {
    if (!sent) return;
    try {
      const blob = await fetchSourcingBrief(sent, locale, format);
      const date = new Date().toISOString().slice(0, 10);
      const name = sourcingPdfFileName(sent.company, date, locale, 'brief');
      downloadBlob(blob, format === 'md' ? name.replace(/\.pdf$/, '.md') : name);
    } catch (error) {
      console.error(error);
      setNotice(t('sourcing.pdf.error'));
    }
  };

  const resetWeights = () => {
    for (const item of answer?.weights ?? []) setValue(`weights.${item.criterion}`, undefined);
    void handleSubmit((input) => run({ ...input, weights: {} }, false))();
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
          locale={locale}
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
            register={register}
            onResetWeights={resetWeights}
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
                {answer.briefAvailable && (
                  <>
                    <button
                      type="button"
                      className="button button--secondary"
                      onClick={() => void downloadBrief('pdf')}
                    >
                      {t('sourcing.brief.pdf')}
                    </button>
                    <button
                      type="button"
                      className="button button--secondary"
                      onClick={() => void downloadBrief('md')}
                    >
                      {t('sourcing.brief.markdown')}
                    </button>
                  </>
                )}
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

/**
 * The header's language switch carries the inputs too, so switching language keeps the answer:
 * the other locale's page reads them from its query string like any shared link.
 */
function keepInputsOnLanguageSwitch(query: string): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-testid="lang-switch"]')) {
    const target = new URL(link.href, window.location.href);
    target.search = query;
    link.href = `${target.pathname}${target.search}`;
  }
}
