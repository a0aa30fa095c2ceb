import { ASSUMPTION_KEYS, SourcingInputSchema } from './input.ts';
import type { SourcingInput, SourcingInputDraft } from './input.ts';

/** Prefix of edited assumptions in the query string: `a.freelanceDayRate=400`. */
const ASSUMPTION_PREFIX = 'a.';

const DEFAULTS: SourcingInput = SourcingInputSchema.parse({});

type ScalarKey = Exclude<keyof SourcingInput, 'objectives' | 'assumptions' | 'canTrain'>;
const SCALAR_KEYS = Object.keys(DEFAULTS).filter(
  (key): key is ScalarKey => !['objectives', 'assumptions', 'canTrain'].includes(key),
);

/**
 * The inputs as a short query string: only what differs from the defaults, so a link stays
 * readable and still reproduces the answer (`?headcount=40&coverage=extended&a.freelanceDayRate=400`).
 */
export function toQueryString(input: SourcingInput): string {
  const params = new URLSearchParams();
  for (const key of SCALAR_KEYS) {
    if (input[key] !== DEFAULTS[key]) params.set(key, String(input[key]));
  }
  if (input.objectives.join(',') !== DEFAULTS.objectives.join(',')) {
    params.set('objectives', input.objectives.join(','));
  }
  if (input.canTrain !== DEFAULTS.canTrain) params.set('canTrain', input.canTrain ? '1' : '0');
  for (const key of ASSUMPTION_KEYS) {
    const value = input.assumptions[key];
    if (value !== undefined) params.set(`${ASSUMPTION_PREFIX}${key}`, String(value));
  }
  return params.toString();
}

/** Reads a query string back into a draft; unknown parameters are ignored. */
export function draftFromQuery(search: string): SourcingInputDraft {
  const params = new URLSearchParams(search);
  const draft: Record<string, unknown> = {};
  const assumptions: Record<string, string> = {};
  for (const [name, value] of params) {
    if (name.startsWith(ASSUMPTION_PREFIX)) {
      const key = name.slice(ASSUMPTION_PREFIX.length);
      if ((ASSUMPTION_KEYS as readonly string[]).includes(key)) assumptions[key] = value;
    } else if (name === 'objectives') {
      draft['objectives'] = value.split(',').filter(Boolean);
    } else if (name === 'canTrain') {
      draft['canTrain'] = value === '1' || value === 'true';
    } else if ((SCALAR_KEYS as readonly string[]).includes(name)) {
      draft[name] = value;
    }
  }
  if (Object.keys(assumptions).length > 0) draft['assumptions'] = assumptions;
  return draft;
}

/**
 * The inputs a link describes. A parameter with an invalid value (edited by hand) falls back to
 * its default instead of losing the whole link.
 */
export function inputFromQuery(search: string): SourcingInput {
  const draft = draftFromQuery(search);
  const first = SourcingInputSchema.safeParse(draft);
  if (first.success) return first.data;
  const badTop = new Set<string>();
  const badAssumptions = new Set<string>();
  for (const issue of first.error.issues) {
    const [top, nested] = issue.path.map(String);
    if (top === 'assumptions' && nested) badAssumptions.add(nested);
    else if (top) badTop.add(top);
  }
  const cleaned: Record<string, unknown> = Object.fromEntries(
    Object.entries(draft)
      .filter(([key]) => !badTop.has(key))
      .map(([key, value]): [string, unknown] =>
        key === 'assumptions' && value && typeof value === 'object'
          ? [
              key,
              Object.fromEntries(
                Object.entries(value as Record<string, unknown>).filter(
                  ([name]) => !badAssumptions.has(name),
                ),
              ),
            ]
          : [key, value],
      ),
  );
  const second = SourcingInputSchema.safeParse(cleaned);
  return second.success ? second.data : DEFAULTS;
}
