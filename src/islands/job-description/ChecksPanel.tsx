import { countFindings, type Finding } from '../../domain/job-description/findings.ts';
import { LEGAL_REFERENCES } from '../../domain/job-description/references.ts';
import { typesetFrench } from '../../domain/text/typography.ts';

/** The references of a finding on one line, with each language's punctuation and spacing. */
function referencesLine(titles: string[], locale: 'fr' | 'en'): string {
  return locale === 'fr' ? typesetFrench(titles.join(' ; ')) : titles.join('; ');
}
import type { Translate } from './messages.ts';
import { typesetFor, type Locale } from '../../domain/text/index.ts';

interface Props {
  findings: Finding[];
  t: Translate;
  locale: Locale;
  /** Puts a suggested value into a field. */
  onApply: (field: string, value: string) => void;
  /** Moves the focus to a field. */
  onGoTo: (field: string) => void;
}

/** The checks' findings: severity, what is wrong, how to fix it, the law behind it. */
export default function ChecksPanel({ findings, t, locale, onApply, onGoTo }: Props) {
  const counts = countFindings(findings);
  return (
    <section className="jd-panel jd-checks" aria-labelledby="jd-checks-title">
      <h2 id="jd-checks-title">{t('jd.checks.title')}</h2>
      <p className="jd-checks__summary" role="status">
        {findings.length === 0 ? t('jd.checks.none') : t('jd.checks.summary', counts)}
      </p>
      {findings.length > 0 && (
        <ul className="jd-findings">
          {findings.map((finding) => (
            <li
              key={finding.id}
              className={`jd-finding jd-finding--${finding.severity}`}
              data-rule={finding.rule}
            >
              <p className="jd-finding__message">
                <span className={`badge jd-badge jd-badge--${finding.severity}`}>
                  {t(`jd.checks.severity.${finding.severity}`)}
                </span>{' '}
                {typesetFor(locale, finding.message[locale])}
              </p>
              <p className="jd-finding__fix">
                <strong>{t('jd.checks.fix')}</strong> {typesetFor(locale, finding.fix[locale])}
              </p>
              {finding.references.length > 0 && (
                <p className="jd-finding__refs">
                  {t('jd.checks.references')}{' '}
                  {referencesLine(
                    finding.references.map((id) => LEGAL_REFERENCES[id][locale]),
                    locale,
                  )}
                </p>
              )}
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
                  onClick={() => onGoTo(finding.field)}
                >
                  {t('jd.checks.goTo')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <p className="hint">{t('jd.checks.disclaimer')}</p>
    </section>
  );
}
