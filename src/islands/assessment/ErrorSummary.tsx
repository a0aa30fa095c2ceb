import { useEffect, useRef } from 'react';

interface Props {
  /** The summary's heading, e.g. "2 answers are missing on this step:". */
  title: string;
  /** The fields at fault, in page order: the id of each field's container and its label. */
  entries: { targetId: string; label: string }[];
  /** Changes on each failed submit, so the summary takes focus again. */
  attempt: number;
}

/** Moves focus to the first control inside an element (a fieldset's first radio, an input). */
function focusField(targetId: string): void {
  const target = document.getElementById(targetId);
  const control = target?.matches('input, select, textarea')
    ? target
    : target?.querySelector<HTMLElement>('input, select, textarea');
  control?.focus();
  target?.scrollIntoView({ block: 'center' });
}

/** The list of problems at the top of a step, each a link to the field; focused on submit. */
export default function ErrorSummary({ title, entries, attempt }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const focusedAttempt = useRef(0);
  const visible = entries.length > 0;
  useEffect(() => {
    // The errors may show one render after the failed submit: focus once they are there.
    if (attempt > focusedAttempt.current && visible) {
      focusedAttempt.current = attempt;
      ref.current?.focus();
    }
  }, [attempt, visible]);
  if (entries.length === 0) return null;
  return (
    <div
      className="assessment-error-summary"
      ref={ref}
      tabIndex={-1}
      role="group"
      aria-labelledby="assessment-error-summary-title"
    >
      <p id="assessment-error-summary-title" className="assessment-error-summary__title">
        {title}
      </p>
      <ul>
        {entries.map((entry) => (
          <li key={entry.targetId}>
            <a
              href={`#${entry.targetId}`}
              onClick={(event) => {
                event.preventDefault();
                focusField(entry.targetId);
              }}
            >
              {entry.label}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
