import type { myItems as fr } from '../fr/my-items.ts';

/** Interface strings of the "my items on this device" page, in English; keys mirror French. */
export const myItems = {
  'myItems.title': 'My items on this device',
  'myItems.description':
    'The job descriptions, self-assessments and sourcing answers saved from this browser.',
  'myItems.lead':
    'What you saved from this browser, so you can find a lost link again. This list stays in this browser: it is never sent to the server.',
  'myItems.empty': 'Nothing has been saved from this browser yet.',
  'myItems.noscript':
    'This list is read from your browser’s storage: turn on JavaScript to see it.',
  'myItems.kind.job-description': 'Job descriptions',
  'myItems.kind.assessment': 'Self-assessments',
  'myItems.kind.sourcing': 'Sourcing helper: hire, train or outsource',
  'myItems.kind.campaign': 'Hiring campaigns',
  'myItems.kind.campaign-share': 'Results shared with a recruiter',
  'myItems.open': 'Open',
  'myItems.remove': 'Remove from the list',
  'myItems.removeLabel': 'Remove from the list: “{title}”',
  'myItems.removeHint':
    'Removing an item from this list does not delete it from the server: open it to delete it.',
  'myItems.removed': '“{title}” was removed from the list.',
  'myItems.savedOn': 'Saved on {date}',
  'myItems.footer': 'My items',
} as const satisfies Record<keyof typeof fr, string>;
