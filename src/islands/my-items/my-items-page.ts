import { forgetItem, listItems, type RememberedItem } from './remember.ts';

/** Fills `{name}` placeholders of a string from the page. */
function fill(template: string, params: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}

/**
 * Renders "my items on this device" from this browser's storage into the static page: one group
 * per kind, newest first, each with its link and a button that removes it from the list (the item
 * itself stays on the server until deleted from its own page).
 */
export function showMyItems(): void {
  const root = document.querySelector<HTMLElement>('[data-my-items]');
  const template = root?.querySelector<HTMLTemplateElement>('[data-my-items-row]');
  if (!root || !template) return;
  const status = root.querySelector<HTMLElement>('[data-my-items-status]');
  const dates = new Intl.DateTimeFormat(root.dataset['locale'] === 'en' ? 'en-GB' : 'fr-FR', {
    dateStyle: 'long',
    timeStyle: 'short',
  });

  const render = () => {
    const items = listItems();
    const empty = root.querySelector<HTMLElement>('[data-my-items-empty]');
    if (empty) empty.hidden = items.length > 0;
    for (const group of root.querySelectorAll<HTMLElement>('[data-kind]')) {
      const mine = items.filter((item) => item.kind === group.dataset['kind']);
      group.hidden = mine.length === 0;
      group.querySelector('ul')?.replaceChildren(...mine.map(rowOf));
    }
  };

  const rowOf = (item: RememberedItem): Node => {
    const row = template.content.cloneNode(true) as DocumentFragment;
    const link = row.querySelector('a');
    const when = row.querySelector('p');
    const button = row.querySelector('button');
    if (!link || !when || !button) return row;
    link.href = item.link;
    link.textContent = item.title;
    const date = new Date(item.savedAt);
    when.textContent = Number.isNaN(date.getTime())
      ? ''
      : fill(root.dataset['savedOn'] ?? '', { date: dates.format(date) });
    button.setAttribute(
      'aria-label',
      fill(root.dataset['removeLabel'] ?? '', { title: item.title }),
    );
    button.addEventListener('click', () => {
      forgetItem(item.kind, item.id);
      render();
      if (status) status.textContent = fill(root.dataset['removed'] ?? '', { title: item.title });
      // The row (and its button) is gone: put focus back at the top of the content.
      document.querySelector<HTMLElement>('#main')?.focus();
    });
    return row;
  };

  render();
}
