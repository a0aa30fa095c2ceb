import type { Locale } from '../../../domain/text/index.ts';
import { fill } from './messages.ts';
import type { CandidateMessages } from './messages.ts';
import type { FitRow } from './view.ts';

interface Props {
  rows: FitRow[];
  locale: Locale;
  messages: CandidateMessages;
  /** The fit to this job, 0–100, when the server computed it (after sharing). */
  fit?: number | undefined;
  /** True once shared: the note under the table then says the recruiter sees it. */
  shared?: boolean;
}

/** The person's level against the level this job requires, one competency a row. */
export default function FitTable({ rows, locale, messages, fit, shared = false }: Props) {
  const caption = messages['campaignCandidate.result.fit.caption'];
  return (
    <section className="campaign-fit" aria-labelledby="campaign-fit-title">
      <h3 id="campaign-fit-title">{messages['campaignCandidate.result.fit.title']}</h3>
      {fit !== undefined && (
        <p className="campaign-fit__value">
          {fill(messages['campaignCandidate.result.fit.value'], { fit }, locale)}
        </p>
      )}
      <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
        <table className="campaign-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{messages['campaignCandidate.result.fit.competency']}</th>
              <th scope="col">{messages['campaignCandidate.result.fit.required']}</th>
              <th scope="col">{messages['campaignCandidate.result.fit.yours']}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.skill}>
                <th scope="row">{row.label}</th>
                <td>{row.required} / 4</td>
                <td>
                  {row.level === null ? (
                    messages['campaignCandidate.result.fit.unmeasured']
                  ) : (
                    <>
                      {row.level} / 4 ·{' '}
                      {row.shortBy > 0 ? (
                        <strong>
                          {fill(
                            messages['campaignCandidate.result.fit.short'],
                            { n: row.shortBy },
                            locale,
                          )}
                        </strong>
                      ) : (
                        messages['campaignCandidate.result.fit.met']
                      )}
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="hint">
        {
          messages[
            shared ? 'campaignCandidate.private.result.hint' : 'campaignCandidate.result.fit.hint'
          ]
        }
      </p>
    </section>
  );
}
