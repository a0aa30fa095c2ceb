import { useId, useState } from 'react';
import type { ReactNode } from 'react';
import { KIND_KEY, WEIGHT_KEY } from './labels.ts';
import type { Translate } from './messages.ts';

/**
 * Small parts the recruiter's and interviewers' islands share: a scrolling table and its
 * competency row headers, a link to copy, and an inline confirmation (a warning with « yes » and
 * « cancel », focus on « yes »), used instead of `window.confirm` so screen readers read the
 * warning and the page stays styled.
 */

/**
 * A captioned table in a labelled region that scrolls sideways on a narrow screen and takes the
 * keyboard focus (so it can be scrolled without a mouse).
 */
export function ScrollTable({
  captionId,
  caption,
  columns,
  children,
}: {
  captionId: string;
  caption: ReactNode;
  columns: string[];
  children: ReactNode;
}) {
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="campaign-table">
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th scope="col" key={column}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/**
 * A competency's row header: its name, then its kind and weight class for screen readers (the
 * table's sighted readers see them in the model above it).
 */
export function CompetencyRowHeader({
  label,
  kind,
  weight,
  t,
}: {
  label: string;
  kind: keyof typeof KIND_KEY;
  weight: keyof typeof WEIGHT_KEY;
  t: Translate;
}) {
  return (
    <th scope="row">
      {label}
      <span className="visually-hidden">
        {' '}
        ({t(KIND_KEY[kind])}, {t(WEIGHT_KEY[weight])})
      </span>
    </th>
  );
}

/** The whole address of a path on this site (what a person pastes in an e-mail). */
export function absoluteLink(path: string): string {
  return new URL(path, window.location.origin).href;
}

interface CopyFieldProps {
  label: string;
  hint?: string | undefined;
  value: string;
  copyText: string;
  copyLabel: string;
  copied: string;
  copyFailed: string;
}

/** A read-only link with its label, a hint, and a copy button that says whether it worked. */
export function CopyField({
  label,
  hint,
  value,
  copyText,
  copyLabel,
  copied,
  copyFailed,
}: CopyFieldProps) {
  const id = useId();
  const [status, setStatus] = useState('');
  return (
    <div className="campaign-copy">
      <label htmlFor={`${id}-field`}>{label}</label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <div className="campaign-copy__row">
        <input
          id={`${id}-field`}
          type="text"
          readOnly
          value={value}
          aria-describedby={hint ? `${id}-hint` : undefined}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button
          type="button"
          className="button button--secondary"
          aria-label={copyLabel}
          onClick={() => {
            navigator.clipboard.writeText(value).then(
              () => setStatus(copied),
              () => setStatus(copyFailed),
            );
          }}
        >
          {copyText}
        </button>
      </div>
      <p className="campaign-status" role="status">
        {status}
      </p>
    </div>
  );
}

interface ConfirmProps {
  warning: string;
  confirm: string;
  cancel: string;
  onConfirm: () => void | Promise<void>;
  onCancel: () => void;
  busy?: boolean;
  danger?: boolean;
  error?: string | undefined;
  children?: ReactNode;
}

/** An inline confirmation: the warning, then « yes » (focused) and « cancel ». */
export function Confirm({
  warning,
  confirm,
  cancel,
  onConfirm,
  onCancel,
  busy = false,
  danger = false,
  error,
  children,
}: ConfirmProps) {
  const id = useId();
  return (
    <div className="campaign-confirm" role="group" aria-labelledby={`${id}-warning`}>
      <p id={`${id}-warning`}>{warning}</p>
      {children}
      <div className="campaign-actions">
        <button
          type="button"
          className={danger ? 'button button--danger' : 'button'}
          autoFocus
          disabled={busy}
          onClick={() => void onConfirm()}
        >
          {confirm}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {cancel}
        </button>
      </div>
      <p className="field-error" role="status">
        {error ?? ''}
      </p>
    </div>
  );
}
