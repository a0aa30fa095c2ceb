import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useEffectEvent, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { createStepSchema } from '../../domain/assessment/index.ts';
import type {
  PublishedItem,
  QuestionnaireItem,
  StepValues,
} from '../../domain/assessment/index.ts';
import ErrorSummary from './ErrorSummary.tsx';
import { fill } from './messages.ts';
import type { Messages } from './messages.ts';
import StepHeader from './StepHeader.tsx';

interface Props {
  title: string;
  hint: string;
  progress: string;
  current: number;
  total: number;
  items: QuestionnaireItem[];
  /** Wording of every item, by id. */
  published: Map<string, PublishedItem>;
  defaultValues: StepValues;
  messages: Messages;
  /** Move focus to the step heading on mount (not on the first render after a reload). */
  focusHeading: boolean;
  isLast: boolean;
  onChange: (values: StepValues) => void;
  onNext: (values: StepValues) => void;
  onBack?: (() => void) | undefined;
}

const SCALE = [1, 2, 3, 4, 5] as const;

/** Visible name of an item, for the error summary. */
function itemLabel(item: PublishedItem | undefined): string {
  if (!item) return '';
  if (item.type === 'statement') return item.text;
  if (item.type === 'scenario') return item.title;
  return item.label;
}

/** One step of statements, scenarios or tools: a native radio group per item. */
export default function StepForm(props: Props) {
  const { items, published, messages } = props;
  const schema = useMemo(() => createStepSchema(items), [items]);
  const form = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: props.defaultValues,
    shouldFocusError: false,
  });
  const { register, handleSubmit, subscribe, formState } = form;
  const [attempt, setAttempt] = useState(0);
  const emitChange = useEffectEvent((values: StepValues) => props.onChange(values));
  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        callback: ({ values }) => emitChange(values as StepValues),
      }),
    [subscribe],
  );

  const missing = items.filter((item) => formState.errors[item.id]);
  const summaryTitle =
    missing.length === 1
      ? messages['assessment.errors.summaryOne']
      : fill(messages['assessment.errors.summaryMany'], { count: missing.length });

  return (
    <form
      className="assessment-step"
      noValidate
      onSubmit={handleSubmit(
        (values) => props.onNext(values),
        () => setAttempt((n) => n + 1),
      )}
    >
      <StepHeader
        title={props.title}
        hint={props.hint}
        progress={props.progress}
        current={props.current}
        total={props.total}
        focusHeading={props.focusHeading}
      />
      <ErrorSummary
        title={summaryTitle}
        attempt={attempt}
        entries={missing.map((item) => ({
          targetId: `item-${item.id}`,
          label: itemLabel(published.get(item.id)),
        }))}
      />
      {items.map((item, index) => {
        const content = published.get(item.id);
        if (!content) return null;
        const error = formState.errors[item.id];
        const errorId = `item-${item.id}-error`;
        const describedBy = [
          content.type === 'scenario' ? `item-${item.id}-situation` : undefined,
          error ? errorId : undefined,
        ]
          .filter(Boolean)
          .join(' ');
        const options: { value: string; label: string; prefix?: string }[] =
          content.type === 'statement'
            ? SCALE.map((value) => ({
                value: String(value),
                label: messages[`assessment.scale.${value}`],
              }))
            : content.type === 'scenario'
              ? content.options.map((option) => ({ value: option.id, label: option.text }))
              : [
                  { value: '0', label: messages['assessment.tool.never'] },
                  ...content.levels.map((text, level) => ({
                    value: String(level + 1),
                    label: text,
                    prefix: fill(messages['assessment.tool.levelShort'], { level: level + 1 }),
                  })),
                ];
        return (
          <fieldset
            key={item.id}
            id={`item-${item.id}`}
            className={`assessment-item assessment-item--${content.type}${error ? ' assessment-item--error' : ''}`}
            aria-describedby={describedBy || undefined}
          >
            <legend>
              {content.type === 'statement' && (
                <span className="assessment-item__number" aria-hidden="true">
                  {index + 1}.{' '}
                </span>
              )}
              {itemLabel(content)}
            </legend>
            {content.type === 'scenario' && (
              <p className="assessment-item__situation" id={`item-${item.id}-situation`}>
                {content.situation}
              </p>
            )}
            {content.type === 'tool' && content.examples.length > 0 && (
              <p className="hint">
                {fill(messages['assessment.tool.examples'], { list: content.examples.join(', ') })}
              </p>
            )}
            {error && (
              <p className="field-error" id={errorId}>
                {messages['assessment.errors.required']}
              </p>
            )}
            <div className={`assessment-options assessment-options--${content.type}`}>
              {options.map((option) => (
                <label key={option.value} className="assessment-option">
                  <input type="radio" value={option.value} {...register(item.id)} />
                  <span>
                    {option.prefix && (
                      <strong className="assessment-option__level">{option.prefix} · </strong>
                    )}
                    {option.label}
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
        );
      })}
      <StepNav messages={messages} isLast={props.isLast} onBack={props.onBack} />
    </form>
  );
}

/** Back and next buttons; "next" submits the step's form. */
export function StepNav(props: {
  messages: Messages;
  isLast: boolean;
  onBack?: (() => void) | undefined;
}) {
  const { messages } = props;
  return (
    <div className="assessment-nav">
      {props.onBack && (
        <button type="button" className="button button--secondary" onClick={props.onBack}>
          {messages['assessment.nav.back']}
        </button>
      )}
      <button type="submit" className="button">
        {props.isLast ? messages['assessment.nav.finish'] : messages['assessment.nav.next']}
      </button>
    </div>
  );
}
