import { useRef } from 'react';
import { countFindings, type Finding } from '../../domain/job-description/findings.ts';
import { LEGAL_REFERENCES } from '../../domain/job-description/references.ts';
import FindingExcerpt from './FindingExcerpt.tsx';
import type { Translate } from './messages.ts';
import { typesetFor, type Locale } from '../../domain/text/index.ts';
import './checks.css';

/** The references of a finding on one line, with each language's punctuation and spacing. */
function referencesLine(titles: string[], locale: Locale): string {
  return typesetFor(locale, titles.join(locale === 'fr' ? ' ; ' : '; '));
}

interface Props {
  /** The findings of the checks, computed off the main thread (`live-checks.ts`). */
  findings: Finding[];
  t: Translate;
  locale: Locale;
  /** Puts a suggested value into a field. */
  onApply: (field: string, value: string) => void;
  /** Moves the focus to a field. */
  onGoTo: (field: string) => void;
}

/** Selects the words at fault in the focused field, when it is the finding's own text box. */
function selectSpan(finding: Finding): void {
  const { start, end } = finding;
  if (start === undefined || end === undefined) return;
  const active = document.activeElement;
  const box =
    active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement
      ? active
      : undefined;
  if (!box || box.name !== finding.field || end > box.value.length) return;
  box.setSelectionRange(start, end);
}

/**
 * The checks' findings: severity, the words at fault highlighted in place with the fix next to
 * them, the law behind it. On a phone a sticky bar keeps the count in sight and jumps to the next
 * finding.
 */
export default function ChecksPanel({ findings, t, locale, onApply, onGoTo }: Props) {
  const counts = countFindings(findings);
  const items = useRef<(HTMLLIElement | null)[]>([]);
  const next = useRef(0);
  const goTo = (finding: Finding) => {
    onGoTo(finding.field);
    // After the focus has moved (and the form has re-rendered), select the words at fault.
    // The form may re-render the field once it has the focus, which puts the caret at the end:
    // select again once that render is done.
    window.requestAnimationFrame(() => {
      selectSpan(finding);
      window.setTimeout(() => selectSpan(finding), 80);
    });
  };
  const jumpToNext = () => {
    if (findings.length === 0) return;
    const index = next.current % findings.length;
    next.current = index + 1;
    const item = items.current[index];
    item?.scrollIntoView({ block: 'center' });
    item?.focus();
  };
  return (
    <section className="jd-panel jd-checks" aria-labelledby="jd-checks-title">
      <h2 id="jd-checks-title">{t('jd.checks.title')}</h2>
      <p className="jd-checks__summary" role="status">
        {findings.length === 0 ? t('jd.checks.none') : t('jd.checks.summary', counts)}
      </p>
      {findings.length > 0 && (
        <ul className="jd-findings">
          {findings.map((finding, index) => (
            <li
              key={finding.id}
              ref={(element) => {
                items.current[index] = element;
              }}
              tabIndex={-1}
              className={`jd-finding jd-finding--${finding.severity}`}
              data-rule={finding.rule}
            >
              <p className="jd-finding__message">
                <span className={`badge jd-badge jd-badge--${finding.severity}`}>
                  {t(`jd.checks.severity.${finding.severity}`)}
                </span>{' '}
                {typesetFor(locale, finding.message[locale])}
              </p>
              {finding.context && (
                <FindingExcerpt context={finding.context} label={t('jd.checks.where')} />
              )}
              <p className="jd-finding__fix">
                <strong>{t('jd.checks.fix')}</strong> {typesetFor(locale, finding.fix[locale])}
              </p>
              <div className="jd-finding__actions">
                {finding.suggestion !== undefined && (
                  <button
                    type="button"
                    className="button"
                    onClick={() => onApply(finding.field, finding.suggestion ?? '')}
                  >
                    {t('jd.checks.apply', { value: finding.suggestion })}
                  </button>
                )}
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => goTo(finding)}
                >
                  {t('jd.checks.goTo')}
                </button>
              </div>
              {finding.references.length > 0 && (
                <p className="jd-finding__refs">
                  {t('jd.checks.references')}{' '}
                  {referencesLine(
                    finding.references.map((id) => LEGAL_REFERENCES[id][locale]),
                    locale,
                  )}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      <p className="hint">{t('jd.checks.disclaimer')}</p>
      {findings.length > 0 && (
        <div className="jd-checks__sticky">
          <span>{t('jd.checks.summary', counts)}</span>
          <button type="button" className="button button--secondary" onClick={jumpToNext}>
            {t('jd.checks.next')}
          </button>
        </div>
      )}
    </section>
  );
}
