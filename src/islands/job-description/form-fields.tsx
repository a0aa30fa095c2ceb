import type { ReactNode } from 'react';
import {
  Controller,
  get,
  useFormContext,
  useFormState,
  type FieldError,
  type RegisterOptions,
} from 'react-hook-form';
import type { JobDescriptionDraftInput } from '../../domain/job-description/draft.ts';
import type { JdKey, Translate } from './messages.ts';

/** A dot path of the form. */
type Path = Parameters<ReturnType<typeof useFormContext<JobDescriptionDraftInput>>['register']>[0];

/** The id of the input for a form path (dots are not handy in ids). */
export function inputId(name: string): string {
  return `jd-${name.replace(/\./g, '-')}`;
}

/** The interface message for a zod issue on `name`. */
export function errorMessage(t: Translate, name: string, error: FieldError): string {
  const type = String(error.type);
  let key: JdKey = 'jd.error.invalid';
  if (name === 'salary.max' && type === 'custom') key = 'jd.error.salaryOrder';
  else if (/email$/.test(name)) key = 'jd.error.email';
  else if (/(website|url)$/.test(name)) key = 'jd.error.url';
  else if (/(startDate|validThrough)$/.test(name)) key = 'jd.error.date';
  else if (type === 'too_small' && /(min|max|Months|Week)$/.test(name)) key = 'jd.error.number';
  else if (type === 'too_small') key = 'jd.error.required';
  else if (type === 'too_big') key = 'jd.error.tooLong';
  else if (type === 'invalid_type') key = 'jd.error.number';
  return t(key);
}

interface FieldFrameProps {
  name: string;
  label: string;
  hint?: string | undefined;
  t: Translate;
  children: (aria: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: true }) => ReactNode;
}

/** A label, an optional hint, the control and its error message, wired for screen readers. */
export function FieldFrame({ name, label, hint, t, children }: FieldFrameProps) {
  // Subscribed to this field's errors only: the form's context stays the same object across the
  // builder's updates, so sections not yet hydrated are not forced to hydrate (see FormSections).
  const { errors } = useFormState<JobDescriptionDraftInput>({ name: name as Path });
  const error = get<typeof errors, FieldError | undefined>(errors, name);
  const id = inputId(name);
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className="jd-field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {children({
        id,
        ...(described ? { 'aria-describedby': described } : {}),
        ...(error ? { 'aria-invalid': true as const } : {}),
      })}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {errorMessage(t, name, error)}
        </p>
      )}
    </div>
  );
}

/** The form elements already handed to react-hook-form. */
const attached = new WeakSet<Element>();

/**
 * What was typed in an element before it was handed to the form (it differs from the default
 * value the server rendered), or undefined when it shows its default.
 */
function typedValue(
  element: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement,
): string | boolean | undefined {
  if (element instanceof HTMLInputElement && element.type === 'checkbox')
    return element.checked !== element.defaultChecked ? element.checked : undefined;
  if (element instanceof HTMLSelectElement) {
    const chosen = element.selectedOptions[0];
    return chosen && !chosen.defaultSelected && element.querySelector('option[selected]')
      ? element.value
      : undefined;
  }
  return element.value !== element.defaultValue ? element.value : undefined;
}

/**
 * `register`, plus the field's current default (the template's value) as the element's default
 * value: the server-rendered form then shows the template before the island runs, and a field
 * typed in before its section hydrated differs from its default, which is how the builder and
 * react-hook-form tell what the person typed (see `typed-before-hydration.ts`).
 */
export function useRegisterWithDefault() {
  const { register, control, setValue } = useFormContext<JobDescriptionDraftInput>();
  const defaults = control._defaultValues;
  return (name: Path, options?: RegisterOptions<JobDescriptionDraftInput>) => {
    const value: unknown = get(defaults, name);
    const registered = register(name, options);
    const registration = {
      ...registered,
      // A section hydrated after the person typed in it (see FormSections): react-hook-form
      // would put its own value back in the element; keep what was typed instead.
      ref: (element: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement | null) => {
        const typed = element && !attached.has(element) ? typedValue(element) : undefined;
        if (element) attached.add(element);
        registered.ref(element);
        if (typed === undefined) return;
        const parse = options?.setValueAs as ((raw: unknown) => unknown) | undefined;
        // After the commit, once the section's watchers are subscribed, so they see it too.
        queueMicrotask(() =>
          setValue(name, (parse ? parse(typed) : typed) as string, { shouldDirty: true }),
        );
      },
    };
    if (typeof value === 'boolean') return { ...registration, defaultChecked: value };
    if (typeof value === 'string' || typeof value === 'number')
      return { ...registration, defaultValue: value };
    return registration;
  };
}

/** Empty inputs mean "not given" for optional fields. */
export const emptyAsUndefined = (value: unknown) =>
  value === '' || value === null ? undefined : value;

/** Number inputs: empty means "not given", anything else is a number. */
export const asOptionalNumber = (value: unknown) =>
  value === '' || value === null || value === undefined ? undefined : Number(value);

interface TextFieldProps {
  name: Path;
  label: string;
  hint?: string;
  t: Translate;
  type?: 'text' | 'email' | 'url' | 'number' | 'date';
  multiline?: boolean;
  rows?: number;
  optional?: boolean;
  autoComplete?: string;
  inputMode?: 'numeric';
  min?: number;
  max?: number;
}

/** A text, number or date input, or a text area, registered with the form. */
export function TextField({
  name,
  label,
  hint,
  t,
  type = 'text',
  multiline,
  rows = 3,
  optional,
  ...rest
}: TextFieldProps) {
  const register = useRegisterWithDefault();
  const options: RegisterOptions<JobDescriptionDraftInput> =
    type === 'number'
      ? { setValueAs: asOptionalNumber }
      : optional
        ? { setValueAs: emptyAsUndefined }
        : {};
  return (
    <FieldFrame name={name} label={label} hint={hint} t={t}>
      {(aria) =>
        multiline ? (
          <textarea {...aria} rows={rows} {...register(name, options)} />
        ) : (
          <input {...aria} type={type} {...rest} {...register(name, options)} />
        )
      }
    </FieldFrame>
  );
}

interface SelectFieldProps {
  name: Path;
  label: string;
  hint?: string;
  t: Translate;
  options: { value: string; label: string }[];
  optional?: boolean;
  numeric?: boolean;
}

/** A select registered with the form. */
export function SelectField({
  name,
  label,
  hint,
  t,
  options,
  optional,
  numeric,
}: SelectFieldProps) {
  const register = useRegisterWithDefault();
  const setValueAs = numeric ? asOptionalNumber : optional ? emptyAsUndefined : undefined;
  return (
    <FieldFrame name={name} label={label} hint={hint} t={t}>
      {(aria) => (
        <select {...aria} {...register(name, setValueAs ? { setValueAs } : {})}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}

/** A list of short texts edited as a text area, one item per line. */
export function LinesField({
  name,
  label,
  hint,
  t,
}: {
  name: Path;
  label: string;
  hint?: string;
  t: Translate;
}) {
  const { control } = useFormContext<JobDescriptionDraftInput>();
  return (
    <FieldFrame name={name} label={label} hint={hint} t={t}>
      {(aria) => (
        <Controller
          control={control}
          name={name}
          render={({ field }) => (
            <textarea
              {...aria}
              ref={field.ref}
              name={field.name}
              rows={4}
              value={Array.isArray(field.value) ? (field.value as string[]).join('\n') : ''}
              onChange={(event) => field.onChange(event.target.value.split('\n'))}
              onBlur={() => {
                const lines = Array.isArray(field.value) ? (field.value as string[]) : [];
                field.onChange(lines.filter((line) => line.trim() !== ''));
                field.onBlur();
              }}
            />
          )}
        />
      )}
    </FieldFrame>
  );
}

/** A checkbox registered with the form, its label after it. */
export function CheckboxField({ name, label }: { name: Path; label: string }) {
  const register = useRegisterWithDefault();
  const id = inputId(name);
  return (
    <div className="jd-check">
      <input id={id} type="checkbox" {...register(name)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
