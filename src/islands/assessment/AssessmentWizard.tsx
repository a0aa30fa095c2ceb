import '../zod-jitless.ts';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import {
  answersFromForm,
  buildQuestionnaire,
  contextFromForm,
  createSubmissionSchema,
  itemsOfType,
  publishQuestionnaire,
} from '../../domain/assessment/index.ts';
import type {
  AssessmentCatalog,
  AssessmentSubmission,
  StepValues,
} from '../../domain/assessment/index.ts';
import { fill } from './messages.ts';
import type { Messages } from './messages.ts';
import { clearProgress, loadProgress, newSeed, saveProgress } from './wizard-storage.ts';
import type { WizardProgress } from './wizard-storage.ts';
import { planSteps } from './wizard-steps.ts';
import type { WizardStep } from './wizard-steps.ts';
import type { Locale } from '../../domain/text/index.ts';
import './assessment.css';

// The steps (react-hook-form and its resolver) and the results load when needed, so the intro
// downloads little; the person's first click fetches the steps.
const StepForm = lazy(() => import('./StepForm.tsx'));
const ContextForm = lazy(() => import('./ContextForm.tsx'));
const WizardResults = lazy(() => import('./WizardResults.tsx'));

interface Props {
  locale: Locale;
  catalog: AssessmentCatalog;
  messages: Messages;
  /** Address of the method page, for the intro's link. */
  methodHref: string;
  /** Where the autosave lives; a campaign invitation keeps its answers apart. */
  storageKey?: string;
  /** Replaces the results screen (a campaign invitation shows the result, then asks to share). */
  renderResults?: (slot: WizardResultsSlot) => ReactNode;
  /** Replaces the intro's « your data » paragraph (a campaign says what sharing sends). */
  privacyText?: string;
}

/** What the wizard hands a replacement results screen. */
export interface WizardResultsSlot {
  /** A complete, valid answer set. */
  submission: AssessmentSubmission;
  /** When the person first reached the results. */
  finishedAt: number;
  /** Move focus to the results' title (they opened after a click). */
  focusTitle: boolean;
  onEdit: () => void;
  onRestart: () => void;
}

const EMPTY_CONTEXT = { yearsOfExperience: '', sector: '', targetRole: '' };

/**
 * The self-assessment wizard: intro, answer steps with autosave in localStorage, then results.
 * Scoring runs here, in the browser, with the same domain functions as the API.
 */
export default function AssessmentWizard(props: Props) {
  const { locale, catalog, messages, methodHref, storageKey, renderResults, privacyText } = props;
  const questionnaire = useMemo(() => buildQuestionnaire(catalog), [catalog]);
  const published = useMemo(
    () => publishQuestionnaire(catalog, questionnaire, locale),
    [catalog, questionnaire, locale],
  );
  const wording = useMemo(
    () => new Map(published.items.map((item) => [item.id, item])),
    [published],
  );
  const [progress, setProgress] = useState<WizardProgress | undefined>(undefined);
  const [phase, setPhase] = useState<'intro' | 'steps' | 'results'>('intro');
  const [moved, setMoved] = useState(false);

  // Progress lives in this browser only, so it is restored after hydration (reading it during
  // the first render would differ from the server's HTML). Results always carry their end time.
  useEffect(() => {
    const saved = loadProgress(storageKey);
    if (saved) {
      const restored =
        saved.phase === 'results' && saved.finishedAt === undefined
          ? { ...saved, finishedAt: Date.now() }
          : saved;
      // eslint-disable-next-line react-hooks/set-state-in-effect -- browser-only state, see above
      setProgress(restored);
      setPhase(restored.phase);
    }
  }, [storageKey]);

  const update = (next: WizardProgress) => {
    setProgress(next);
    saveProgress(next, storageKey);
  };
  const seed = progress?.seed;
  const steps = useMemo(
    () => (seed === undefined ? [] : planSteps(questionnaire, seed)),
    [questionnaire, seed],
  );

  const start = () => {
    const fresh: WizardProgress = {
      version: questionnaire.version,
      seed: newSeed(),
      startedAt: Date.now(),
      values: {},
      context: EMPTY_CONTEXT,
      step: 0,
      phase: 'steps',
    };
    update(fresh);
    setMoved(true);
    setPhase('steps');
  };
  const restart = () => {
    clearProgress(storageKey);
    setProgress(undefined);
    setMoved(true);
    setPhase('intro');
  };
  const goTo = (current: WizardProgress, step: number) => {
    update({ ...current, step, phase: 'steps' });
    setMoved(true);
    setPhase('steps');
    window.scrollTo({ top: 0 });
  };
  const finish = (current: WizardProgress) => {
    update({ ...current, phase: 'results', finishedAt: current.finishedAt ?? Date.now() });
    setMoved(true);
    setPhase('results');
    window.scrollTo({ top: 0 });
  };

  if (phase === 'intro' || !progress) {
    const counts = {
      statements:
        itemsOfType(questionnaire, 'statement').length + itemsOfType(questionnaire, 'check').length,
      scenarios: itemsOfType(questionnaire, 'scenario').length,
      practice: itemsOfType(questionnaire, 'practice').length,
      tools: itemsOfType(questionnaire, 'tool').length,
    };
    return (
      <section className="assessment-intro card" aria-labelledby="assessment-intro-title">
        <h2 id="assessment-intro-title" tabIndex={-1}>
          {messages['assessment.intro.title']}
        </h2>
        <p>{messages['assessment.intro.duration']}</p>
        <h3>{messages['assessment.intro.measuredTitle']}</h3>
        <p>{fill(messages['assessment.intro.measured'], counts)}</p>
        <h3>{messages['assessment.intro.privacyTitle']}</h3>
        <p>{privacyText ?? messages['assessment.intro.privacy']}</p>
        <h3>{messages['assessment.intro.scoringTitle']}</h3>
        <p>
          {messages['assessment.intro.scoring']}{' '}
          <a href={methodHref}>{messages['assessment.intro.methodLink']}</a>
        </p>
        <div className="assessment-nav">
          <button type="button" className="button" onClick={start}>
            {messages['assessment.intro.start']}
          </button>
        </div>
      </section>
    );
  }

  const allValues = { ...progress.values };
  const submission: AssessmentSubmission = {
    version: questionnaire.version,
    locale,
    answers: answersFromForm(questionnaire.items, allValues),
    context: contextFromForm(progress.context),
    elapsedSeconds: Math.round(
      ((progress.finishedAt ?? progress.startedAt) - progress.startedAt) / 1000,
    ),
    seed: progress.seed,
  };

  if (phase === 'results') {
    const valid = createSubmissionSchema(questionnaire).safeParse(submission);
    if (valid.success && renderResults) {
      return renderResults({
        submission: valid.data,
        finishedAt: progress.finishedAt ?? progress.startedAt,
        focusTitle: moved,
        onEdit: () => goTo(progress, 0),
        onRestart: restart,
      });
    }
    if (valid.success) {
      return (
        <Suspense fallback={<p role="status">{messages['assessment.results.loading']}</p>}>
          <WizardResults
            catalog={catalog}
            questionnaire={questionnaire}
            submission={valid.data}
            locale={locale}
            messages={messages}
            finishedAt={progress.finishedAt ?? progress.startedAt}
            focusTitle={moved}
            savedLink={progress.savedLink}
            onSaved={(link) => update({ ...progress, savedLink: link })}
            onEdit={() => goTo(progress, 0)}
            onRestart={restart}
          />
        </Suspense>
      );
    }
  }

  // Results with a missing answer (the questionnaire gained an item since) reopen that step.
  const incomplete = firstIncompleteStep(steps, progress.values);
  const index =
    phase === 'results' && incomplete >= 0 ? incomplete : Math.min(progress.step, steps.length - 1);
  const step = steps[index];
  if (!step) return null;
  const progressLabel = fill(messages['assessment.step.progress'], {
    current: index + 1,
    total: steps.length,
  });
  const back = index > 0 ? () => goTo(progress, index - 1) : undefined;
  const next = (values: WizardProgress) => {
    if (index + 1 < steps.length) return goTo(values, index + 1);
    const missing = firstIncompleteStep(steps, values.values);
    return missing >= 0 ? goTo(values, missing) : finish(values);
  };

  return (
    <div className="assessment-wizard">
      <p className="hint assessment-autosave">{messages['assessment.autosave']}</p>
      <Suspense fallback={<p role="status">{messages['assessment.step.loading']}</p>}>
        {step.kind === 'context' ? (
          <ContextForm
            key={`step-${index}`}
            progress={progressLabel}
            current={index + 1}
            total={steps.length}
            roles={published.roles}
            defaultValues={progress.context}
            messages={messages}
            focusHeading={moved}
            onChange={(context) => update({ ...progress, context })}
            onNext={(context) => next({ ...progress, context })}
            onBack={() => goTo(progress, index - 1)}
          />
        ) : (
          <StepForm
            key={`step-${index}`}
            title={
              step.kind === 'statements'
                ? fill(messages['assessment.step.statements.title'], {
                    part: step.part,
                    parts: step.parts,
                  })
                : messages[`assessment.step.${step.kind}.title`]
            }
            hint={messages[`assessment.step.${step.kind}.hint`]}
            progress={progressLabel}
            current={index + 1}
            total={steps.length}
            items={step.items}
            published={wording}
            defaultValues={pickValues(progress.values, step.items)}
            seed={progress.seed}
            messages={messages}
            focusHeading={moved}
            isLast={index + 1 === steps.length}
            onChange={(values) =>
              update({ ...progress, values: { ...progress.values, ...definedValues(values) } })
            }
            onNext={(values) =>
              next({ ...progress, values: { ...progress.values, ...definedValues(values) } })
            }
            onBack={back}
          />
        )}
      </Suspense>
    </div>
  );
}

/** Index of the first answer step with an unanswered item, or -1 when all are answered. */
function firstIncompleteStep(steps: WizardStep[], values: Record<string, string>): number {
  return steps.findIndex(
    (step) => step.kind !== 'context' && step.items.some((item) => !values[item.id]),
  );
}

/** The saved values of a step's items. */
function pickValues(values: Record<string, string>, items: { id: string }[]): StepValues {
  return Object.fromEntries(
    items.flatMap((item) => (values[item.id] ? [[item.id, values[item.id]]] : [])),
  );
}

/** Drops unanswered fields, so the autosave holds only strings. */
function definedValues(values: StepValues): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values).flatMap(([id, value]) =>
      typeof value === 'string' && value !== '' ? [[id, value]] : [],
    ),
  );
}
