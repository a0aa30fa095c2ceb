import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useEffectEvent, useState } from 'react';
import { useForm } from 'react-hook-form';
import { ContextFormSchema } from '../../domain/assessment/index.ts';
import type { ContextForm as ContextValues } from '../../domain/assessment/index.ts';
import ErrorSummary from './ErrorSummary.tsx';
import type { Messages } from './messages.ts';
import StepHeader from './StepHeader.tsx';
import { StepNav } from './StepForm.tsx';

interface Props {
  progress: string;
  current: number;
  total: number;
  roles: { id: string; title: string }[];
  defaultValues: ContextValues;
  messages: Messages;
  focusHeading: boolean;
  onChange: (values: ContextValues) => void;
  onNext: (values: ContextValues) => void;
  onBack: () => void;
}

/** The last, optional step: experience, sector and target role. */
export default function ContextForm(props: Props) {
  const { messages } = props;
  const { register, handleSubmit, subscribe, formState } = useForm<ContextValues>({
    resolver: zodResolver(ContextFormSchema),
    defaultValues: props.defaultValues,
    shouldFocusError: false,
  });
  const [attempt, setAttempt] = useState(0);
  const emitChange = useEffectEvent((values: Partial<ContextValues>) =>
    props.onChange({
      yearsOfExperience: values.yearsOfExperience ?? '',
      sector: values.sector ?? '',
      targetRole: values.targetRole ?? '',
    }),
  );
  useEffect(
    () => subscribe({ formState: { values: true }, callback: ({ values }) => emitChange(values) }),
    [subscribe],
  );
  const { errors } = formState;
  const entries = [
    errors.yearsOfExperience && {
      targetId: 'context-years',
      label: messages['assessment.context.yearsError'],
    },
    errors.sector && {
      targetId: 'context-sector',
      label: messages['assessment.context.sectorError'],
    },
  ].filter((entry) => entry !== undefined);

  return (
    <form
      className="assessment-step"
      noValidate
      onSubmit={handleSubmit(props.onNext, () => setAttempt((n) => n + 1))}
    >
      <StepHeader
        title={messages['assessment.step.context.title']}
        hint={messages['assessment.step.context.hint']}
        progress={props.progress}
        current={props.current}
        total={props.total}
        focusHeading={props.focusHeading}
      />
      <ErrorSummary
        title={messages['assessment.errors.summaryContext']}
        entries={entries}
        attempt={attempt}
      />
      <div className="assessment-field">
        <label htmlFor="context-years">{messages['assessment.context.years']}</label>
        <p className="hint" id="context-years-hint">
          {messages['assessment.context.yearsHint']}
        </p>
        {errors.yearsOfExperience && (
          <p className="field-error" id="context-years-error">
            {messages['assessment.context.yearsError']}
          </p>
        )}
        <input
          id="context-years"
          type="text"
          inputMode="numeric"
          autoComplete="off"
          size={4}
          aria-invalid={errors.yearsOfExperience ? true : undefined}
          aria-describedby={`context-years-hint${errors.yearsOfExperience ? ' context-years-error' : ''}`}
          {...register('yearsOfExperience')}
        />
      </div>
      <div className="assessment-field">
        <label htmlFor="context-sector">{messages['assessment.context.sector']}</label>
        <p className="hint" id="context-sector-hint">
          {messages['assessment.context.sectorHint']}
        </p>
        {errors.sector && (
          <p className="field-error" id="context-sector-error">
            {messages['assessment.context.sectorError']}
          </p>
        )}
        <input
          id="context-sector"
          type="text"
          autoComplete="organization-title"
          aria-invalid={errors.sector ? true : undefined}
          aria-describedby={`context-sector-hint${errors.sector ? ' context-sector-error' : ''}`}
          {...register('sector')}
        />
      </div>
      <div className="assessment-field">
        <label htmlFor="context-target">{messages['assessment.context.target']}</label>
        <select id="context-target" {...register('targetRole')}>
          <option value="">{messages['assessment.context.targetNone']}</option>
          {props.roles.map((role) => (
            <option key={role.id} value={role.id}>
              {role.title}
            </option>
          ))}
        </select>
      </div>
      <StepNav messages={messages} isLast onBack={props.onBack} />
    </form>
  );
}
