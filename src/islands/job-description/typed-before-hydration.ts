/**
 * The builder's form is rendered on the server, so a person can type before the island has
 * hydrated; React keeps what they typed in the page, but the form's state starts from the
 * template. These helpers read what was typed (fields whose value differs from the template's)
 * so the builder can adopt it once it runs.
 */

/** A value typed before hydration, keyed by the field's path (`company.name`). */
export type TypedValue = [path: string, value: string | number | boolean | undefined];

/** The value at a dot path of a plain object. */
function valueAt(values: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (node, key) =>
        typeof node === 'object' && node !== null
          ? (node as Record<string, unknown>)[key]
          : undefined,
      values,
    );
}

/** The fields of `form` whose value differs from `defaults`, as the form state would hold them. */
export function typedBeforeHydration(
  form: HTMLFormElement | null,
  defaults: unknown,
): TypedValue[] {
  if (!form) return [];
  const typed: TypedValue[] = [];
  for (const element of Array.from(form.elements)) {
    if (
      !(element instanceof HTMLInputElement) &&
      !(element instanceof HTMLSelectElement) &&
      !(element instanceof HTMLTextAreaElement)
    ) {
      continue;
    }
    const path = element.name;
    if (!path) continue;
    const before = valueAt(defaults, path);
    if (element instanceof HTMLInputElement && element.type === 'checkbox') {
      if (element.checked !== Boolean(before)) typed.push([path, element.checked]);
      continue;
    }
    const raw = element.value;
    // Lists edited in one text area are joined by new lines in the form (see LinesField).
    const shown = Array.isArray(before)
      ? before.join('\n')
      : typeof before === 'string' || typeof before === 'number'
        ? String(before)
        : '';
    if (raw === shown) continue;
    if (
      typeof before === 'number' ||
      element.inputMode === 'numeric' ||
      element.type === 'number'
    ) {
      typed.push([path, raw.trim() === '' ? undefined : Number(raw)]);
    } else if (Array.isArray(before)) {
      continue; // list fields keep their own parsing; rare before hydration, left to the island
    } else {
      typed.push([path, raw]);
    }
  }
  return typed;
}
