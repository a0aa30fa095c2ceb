import { findItem, forgetItem } from '../my-items/remember.ts';

/** The edit token of a saved description: from the page's fragment, else from "my items". */
function tokenOf(id: string): string | undefined {
  const fromHash = new URLSearchParams(window.location.hash.slice(1)).get('token');
  if (fromHash) return fromHash;
  const link = findItem('job-description', id)?.link;
  if (!link) return undefined;
  try {
    return new URLSearchParams(new URL(link).hash.slice(1)).get('token') ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * The saved page's « Delete » button: shown only where the edit token is known (the private
 * link's fragment, or this browser's "my items"); asks for confirmation, deletes through the API,
 * then replaces the document with a notice. The page's document itself needs no JavaScript.
 */
export function deleteSavedJobDescription(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-jd-delete]');
  const id = button?.dataset['id'];
  const token = id ? tokenOf(id) : undefined;
  if (!button || !id || !token) return;
  const status = document.querySelector<HTMLElement>('[data-jd-delete-status]');
  button.hidden = false;
  button.addEventListener('click', () => {
    if (!window.confirm(button.dataset['confirm'] ?? '')) return;
    button.disabled = true;
    void fetch(`/api/job-descriptions/${encodeURIComponent(id)}`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${token}` },
    })
      .then((response) => {
        if (response.status !== 204) throw new Error(String(response.status));
        forgetItem('job-description', id);
        window.history.replaceState(null, '', window.location.pathname);
        const deleted = document.querySelector<HTMLTemplateElement>('[data-jd-deleted]');
        document.querySelector('[data-jd-document]')?.replaceWith(deleted?.content ?? '');
        // The page's status, date and downloads described the deleted description: drop them.
        for (const stale of document.querySelectorAll(
          '.jd-saved__status, .jd-saved__meta, .jd-saved__actions',
        )) {
          stale.remove();
        }
        if (status) status.textContent = '';
        document.querySelector<HTMLElement>('.jd-saved .card')?.focus();
      })
      .catch(() => {
        button.disabled = false;
        if (status) status.textContent = button.dataset['error'] ?? '';
      });
  });
}

/**
 * The « Launch a hiring campaign » link: shown only where the edit token is known (it proves
 * ownership of the description to the campaign API), which it carries on in its fragment.
 */
export function offerCampaign(): void {
  const link = document.querySelector<HTMLAnchorElement>('[data-jd-campaign]');
  const id = link?.dataset['id'];
  const token = id ? tokenOf(id) : undefined;
  if (!link || !id || !token) return;
  link.hash = `token=${encodeURIComponent(token)}`;
  link.hidden = false;
}
