import { useState } from 'react';
import type { Translate } from './messages.ts';

/** Where the saved description lives, once saved. */
export interface SavedLinks {
  /** Absolute private edit link, with the token in the fragment. */
  edit?: string;
  /** The printable page. */
  page: string;
}

interface Props {
  t: Translate;
  saved: SavedLinks | undefined;
  /** True when the description was saved and this browser holds its edit token. */
  canUpdate: boolean;
  busy: boolean;
  message: { tone: 'ok' | 'error'; text: string } | undefined;
  onSave: () => void;
  onReset: () => void;
  /** Deletes the saved description on the server (asks for confirmation first). */
  onDelete: () => void;
  /** The "my items on this device" page in the interface's language. */
  myItemsHref: string;
}

/** Server save with a private edit link, and the browser draft's controls. */
export default function SavePanel({
  t,
  saved,
  canUpdate,
  busy,
  message,
  onSave,
  onReset,
  onDelete,
  myItemsHref,
}: Props) {
  const [copied, setCopied] = useState(false);
  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <section className="jd-panel" aria-labelledby="jd-save-title">
      <h2 id="jd-save-title">{t('jd.save.title')}</h2>
      <div className="jd-actions">
        <button type="button" className="button" onClick={onSave} disabled={busy}>
          {busy ? t('jd.save.saving') : canUpdate ? t('jd.save.update') : t('jd.save.button')}
        </button>
        <button type="button" className="button button--secondary" onClick={onReset}>
          {t('jd.save.reset')}
        </button>
        {canUpdate && (
          <button
            type="button"
            className="button button--danger"
            onClick={onDelete}
            disabled={busy}
          >
            {t('jd.save.delete')}
          </button>
        )}
      </div>
      <p
        className={`jd-status${message?.tone === 'error' ? ' jd-status--error' : ''}`}
        role="status"
      >
        {message?.text ?? ''}
      </p>
      {saved && (
        <div className="jd-links">
          {saved.edit && (
            <div className="jd-field">
              <label htmlFor="jd-edit-link">{t('jd.save.editLink')}</label>
              <p className="hint" id="jd-edit-link-hint">
                {t('jd.save.editLinkHint')}
              </p>
              <div className="jd-add__row">
                <input
                  id="jd-edit-link"
                  readOnly
                  value={saved.edit}
                  aria-describedby="jd-edit-link-hint"
                  onFocus={(event) => event.currentTarget.select()}
                />
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => void copy(saved.edit ?? '')}
                >
                  {copied ? t('jd.export.copied') : t('jd.save.copy')}
                </button>
              </div>
            </div>
          )}
          <p>
            <a href={saved.page}>{t('jd.save.pageLink')}</a>
          </p>
          <p>
            <a href={myItemsHref}>{t('jd.myItems.link')}</a>
          </p>
        </div>
      )}
    </section>
  );
}
