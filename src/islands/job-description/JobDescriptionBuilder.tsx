import {
  lazy,
  startTransition,
  Suspense,
  useCallback,
  useDeferredValue,
  useEffect,
  useEffectEvent,
  useMemo,
  useRef,
  useState,
} from 'react';
import { FormProvider, useForm, useWatch, type Resolver } from 'react-hook-form';
import { composeJobDescription } from '../../domain/job-description/compose.ts';
import type {
  Company,
  JobDescription,
  JobDescriptionDraft,
  JobDescriptionDraftInput,
  PostingLocale,
} from '../../domain/job-description/draft.ts';
import { localizePath } from '../../i18n/locales.ts';
import { forgetItem, rememberItem } from '../my-items/remember.ts';
import {
  createJobDescription,
  deleteJobDescription,
  fetchJobDescription,
  isEditConflict,
  updateJobDescription,
} from './api-client.ts';
import ChecksPanel from './ChecksPanel.tsx';
import { clearStoredDraft, readStoredDraft, writeStoredDraft } from './draft-storage.ts';
import FormSections from './FormSections.tsx';
import type { Finding } from '../../domain/job-description/findings.ts';
import { startLiveChecks, type LiveChecks } from './live-checks.ts';
import { computeLiveDraft, focusTargetOf, type DraftSchema, type LiveDraft } from './live-draft.ts';
import { loadValidation } from './load-validation.ts';
import { typedBeforeHydration } from './typed-before-hydration.ts';
import { translator, type BuilderCatalog, type JdMessages } from './messages.ts';
import SavePanel, { type SavedLinks } from './SavePanel.tsx';
import TemplatePicker from './TemplatePicker.tsx';
import type { Locale } from '../../domain/text/index.ts';
import { savedJobDescriptionPath } from '../../i18n/routes.ts';
import './job-description.css';

interface Props {
  /** Interface locale. */
  locale: Locale;
  catalog: BuilderCatalog;
  messages: JdMessages;
  /** Role template used before the page reads `?role=`. */
  defaultRole: string;
}

type Saved = { id: string; token?: string | undefined; page: string };

/**
 * The export panel and the preview are never rendered on the server nor during hydration (see
 * `panelsShown`), so their code loads apart, right after the page.
 */
const ExportPanel = lazy(() => import('./ExportPanel.tsx'));
const JobDescriptionDocument = lazy(() => import('./JobDescriptionDocument.tsx'));

/** The builder's private edit link (path, query and fragment) of a saved description. */
function editPath(saved: Saved): string {
  const token = saved.token ? `#token=${encodeURIComponent(saved.token)}` : '';
  return `${window.location.pathname}?id=${encodeURIComponent(saved.id)}${token}`;
}

/** The form's resolver: the domain's draft schema, loaded with zod when it is first needed. */
const lazyResolver: Resolver<JobDescriptionDraftInput, unknown, JobDescriptionDraft> = async (
  values,
  context,
  options,
) => (await loadValidation()).draftResolver(values, context, options);
type Message = { tone: 'ok' | 'error'; text: string };
/** What « Undo » brings back after the draft was cleared or a template applied. */
type Undo = { values: JobDescriptionDraftInput; saved: Saved | undefined };

/**
 * The job-description builder: a form prefilled from a role template, live checks and preview,
 * autosave in the browser, save on the server with a private edit link, and exports.
 */
export default function JobDescriptionBuilder({ locale, catalog, messages, defaultRole }: Props) {
  const t = useMemo(() => translator(messages, locale), [messages, locale]);
  const template = useCallback(
    (
      role: string,
      speciality: string | undefined,
      postingLocale: PostingLocale,
      company: Company,
    ) =>
      composeJobDescription(
        { role, locale: postingLocale, company, ...(speciality ? { speciality } : {}) },
        catalog,
      ),
    [catalog],
  );
  const [initial] = useState(() => template(defaultRole, undefined, locale, { name: '' }));
  const form = useForm<JobDescriptionDraftInput, unknown, JobDescriptionDraft>({
    resolver: lazyResolver,
    defaultValues: initial,
    mode: 'onChange',
  });
  // The form's context, made once: react-hook-form's own provider value changes with every form
  // state update (its first one comes in a layout effect, right after hydration), which would
  // force the form's later sections to hydrate at once instead of in slices. Fields read their
  // state with `useFormState` (see form-fields.tsx), not from this context.
  const [context] = useState(() => ({ ...form }));
  const [saved, setSaved] = useState<Saved | undefined>();
  const [notice, setNotice] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message | undefined>();
  const [restoring, setRestoring] = useState(true);
  const [undo, setUndo] = useState<Undo | undefined>();
  const [schema, setSchema] = useState<DraftSchema | undefined>();
  // zod and the schemas (about 25 KB gzipped) are not part of the page's first load: they come
  // when the person starts editing, or at once when the form is restored from a draft or a link.
  const validationRequested = useRef(false);
  const requestValidation = useCallback(() => {
    if (validationRequested.current) return;
    validationRequested.current = true;
    loadValidation()
      .then((module) => startTransition(() => setSchema(() => module.JobDescriptionDraftSchema)))
      .catch(() => {
        validationRequested.current = false;
        setSchema(undefined);
      });
  }, []);
  const formElement = useRef<HTMLFormElement>(null);

  // The form's later sections hydrate after the page (see FormSections): other values are loaded
  // only once they have, so that React never hydrates server HTML with values it does not show.
  const [hydration] = useState(() => {
    let done: () => void = () => undefined;
    const promise = new Promise<void>((resolve) => (done = resolve));
    return { promise, done };
  });
  const loadValues = useCallback(
    (values: JobDescriptionDraftInput) => {
      void hydration.promise.then(() => form.reset(values));
    },
    [form, hydration],
  );

  // Restore once, on the client: a saved description from the link, else this browser's draft,
  // else the template named by `?role=`.
  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    const id = params.get('id');
    const token = new URLSearchParams(window.location.hash.slice(1)).get('token') ?? undefined;
    const stored = readStoredDraft();
    // What the person typed in the server-rendered form before the island ran.
    const typed = typedBeforeHydration(formElement.current, initial);
    const pageOf = (savedId: string, postingLocale: PostingLocale) =>
      savedJobDescriptionPath(savedId, postingLocale);
    // Low-priority updates: React renders them in slices, so the page stays responsive.
    const finish = () => startTransition(() => setRestoring(false));
    if (id || stored) requestValidation();
    const role = params.get('role');
    const knownRole = role && catalog.roles.some((candidate) => candidate.id === role);
    if (!id && !stored && !knownRole && typed.length === 0) {
      finish();
      return;
    }
    // Anything else changes values the later sections show: wait until they have hydrated.
    void hydration.promise.then(restore);
    function restore() {
      if (id) {
        if (stored?.saved?.id === id) {
          form.reset(stored.values);
          // Restoring browser-only state (local storage, URL fragment) after hydration.
          setSaved({ ...stored.saved, page: pageOf(id, stored.values.locale) });
          setNotice(t('jd.save.restored'));
          finish();
          return;
        }
        fetchJobDescription(id)
          .then((jd: JobDescription) => {
            form.reset(jd);
            setSaved({ id, token, page: pageOf(id, jd.locale) });
            setNotice(token ? t('jd.save.loaded') : t('jd.save.readOnly'));
          })
          .catch(() => setNotice(t('jd.save.loadError')))
          .finally(finish);
        return;
      }
      if (stored) {
        form.reset(stored.values);
        if (stored.saved)
          setSaved({ ...stored.saved, page: pageOf(stored.saved.id, stored.values.locale) });
        setNotice(t('jd.save.restored'));
      } else {
        if (role && knownRole) form.reset(template(role, undefined, locale, { name: '' }));
        for (const [path, value] of typed) {
          form.setValue(path as 'title', value as string, { shouldDirty: true });
        }
        // react-hook-form may already hold a value typed in the first sections (it reads them
        // when they hydrate) without telling its watchers: hand every watcher the values again.
        if (typed.length > 0) form.reset(form.getValues(), { keepDefaultValues: true });
      }
      finish();
    }
  }, [catalog, form, hydration, initial, locale, requestValidation, t, template]);

  // Autosave to this browser, a moment after the last change. The effect event reads the latest
  // saved link without making the subscription depend on it.
  const autosave = useEffectEvent((values: JobDescriptionDraftInput) => {
    writeStoredDraft({
      values,
      ...(saved?.token ? { saved: { id: saved.id, token: saved.token } } : {}),
    });
  });
  useEffect(() => {
    if (restoring) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = form.subscribe({
      formState: { values: true },
      callback: ({ values }) => {
        clearTimeout(timer);
        timer = setTimeout(() => autosave(values), 400);
      },
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [form, restoring]);

  const values = useWatch({ control: form.control });
  // Null during hydration: composing and presenting the draft for the preview waits for a
  // low-priority render right after, so hydrating does only what the form needs.
  const deferred = useDeferredValue<typeof values | null>(values, null);
  const computed = useMemo(
    () => (deferred === null ? undefined : computeLiveDraft(deferred, catalog, schema)),
    [deferred, catalog, schema],
  );
  // While a value is being typed the draft may not compose; keep showing the last one that did
  // (state adjusted during render, as React's docs recommend for values derived from a change).
  const [lastLive, setLastLive] = useState<LiveDraft | undefined>(undefined);
  if (computed && computed !== lastLive) setLastLive(computed);
  const live = computed ?? lastLive;

  // The checks run in a worker, at idle time, on the description on screen.
  const [findings, setFindings] = useState<Finding[] | undefined>();
  // The export panel and the preview are not part of the first render (server and hydration):
  // they come right after, as a low-priority update rendered in slices, so hydrating the form is
  // all the page does up front.
  const [panelsShown, setPanelsShown] = useState(false);
  useEffect(() => startTransition(() => setPanelsShown(true)), []);
  const checks = useRef<LiveChecks | undefined>(undefined);
  useEffect(() => {
    const started = startLiveChecks(catalog, (found) => startTransition(() => setFindings(found)));
    checks.current = started;
    return () => started.stop();
  }, [catalog]);
  useEffect(() => {
    if (live) checks.current?.check(live.jobDescription);
  }, [live]);

  /** Keeps what is on screen so that « Undo » can bring it back. */
  const keepForUndo = () => setUndo({ values: form.getValues(), saved });

  const applyTemplate = (role: string, speciality: string | undefined) => {
    const current = form.getValues();
    const postingLocale = current.locale === 'en' ? 'en' : 'fr';
    const company = current.company?.name ? current.company : { name: '' };
    keepForUndo();
    loadValues(template(role, speciality, postingLocale, company));
    setNotice(t('jd.undo.template'));
  };

  const undoLast = () => {
    if (!undo) return;
    loadValues(undo.values);
    setSaved(undo.saved);
    writeStoredDraft({
      values: undo.values,
      ...(undo.saved?.token ? { saved: { id: undo.saved.id, token: undo.saved.token } } : {}),
    });
    if (undo.saved?.token) window.history.replaceState(null, '', editPath(undo.saved));
    setUndo(undefined);
    setNotice(t('jd.undo.done'));
  };

  const save = form.handleSubmit(
    async (draft) => {
      setBusy(true);
      setMessage(undefined);
      try {
        const current = saved;
        const answer =
          current?.token !== undefined
            ? await updateJobDescription(current.id, current.token, draft)
            : await createJobDescription(draft);
        const token = answer.editToken ?? current?.token;
        const next: Saved = { id: answer.id, token, page: answer.links.page };
        setSaved(next);
        setUndo(undefined);
        if (token) {
          window.history.replaceState(null, '', editPath(next));
          writeStoredDraft({ values: answer.jobDescription, saved: { id: answer.id, token } });
          rememberItem({
            kind: 'job-description',
            id: answer.id,
            title: answer.jobDescription.title,
            link: `${window.location.origin}${editPath(next)}`,
          });
        }
        setMessage({ tone: 'ok', text: t('jd.save.saved') });
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        const text = isEditConflict(error) ? t('jd.save.conflict') : t('jd.save.error', { reason });
        setMessage({ tone: 'error', text });
      } finally {
        setBusy(false);
      }
    },
    (errors) => {
      setMessage({
        tone: 'error',
        text: `${t('jd.save.invalid')} ${t('jd.error.summary', { count: Object.keys(errors).length })}`,
      });
    },
  );

  /** « Clear the draft »: back to the template, with « Undo » offered right after. */
  const reset = () => {
    keepForUndo();
    clearStoredDraft();
    setSaved(undefined);
    setMessage(undefined);
    window.history.replaceState(null, '', window.location.pathname);
    loadValues(template(defaultRole, undefined, locale, { name: '' }));
    setNotice(t('jd.undo.reset'));
  };

  /** Deletes the saved description on the server (after a confirmation); the draft stays. */
  const remove = async () => {
    const current = saved;
    if (!current?.token || !window.confirm(t('jd.save.deleteConfirm'))) return;
    setBusy(true);
    try {
      await deleteJobDescription(current.id, current.token);
      forgetItem('job-description', current.id);
      setSaved(undefined);
      setUndo(undefined);
      writeStoredDraft({ values: form.getValues() });
      window.history.replaceState(null, '', window.location.pathname);
      setMessage({ tone: 'ok', text: t('jd.save.deleted') });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      setMessage({ tone: 'error', text: t('jd.save.deleteError', { reason }) });
    } finally {
      setBusy(false);
    }
  };

  const links: SavedLinks | undefined = saved
    ? {
        // The printable page carries the token too, in its fragment: it can then offer « Delete ».
        page: saved.token ? `${saved.page}#token=${encodeURIComponent(saved.token)}` : saved.page,
        ...(saved.token ? { edit: `${window.location.origin}${editPath(saved)}` } : {}),
      }
    : undefined;

  const roleId = values.role ?? initial.role;
  const role = catalog.roles.find((candidate) => candidate.id === roleId);

  return (
    <FormProvider {...context}>
      <div className="jd-builder" data-ready={restoring ? undefined : 'true'}>
        <form
          ref={formElement}
          className="jd-form"
          noValidate
          aria-label={t('jd.form.label')}
          onFocusCapture={requestValidation}
          onPointerDownCapture={requestValidation}
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          {notice && (
            <p className="jd-notice" role="status">
              {notice}{' '}
              {undo && (
                <button type="button" className="button button--secondary" onClick={undoLast}>
                  {t('jd.undo.button')}
                </button>
              )}
            </p>
          )}
          <TemplatePicker
            t={t}
            catalog={catalog}
            locale={locale}
            initialRole={roleId}
            onApply={applyTemplate}
          />
          <FormSections
            t={t}
            catalog={catalog}
            locale={locale}
            role={role}
            onHydrated={hydration.done}
          />
        </form>
        <aside className="jd-side">
          {findings && (
            <ChecksPanel
              findings={findings}
              t={t}
              locale={locale}
              onApply={(field, value) =>
                form.setValue(field as 'title', value, { shouldDirty: true, shouldValidate: true })
              }
              onGoTo={(field) => form.setFocus(focusTargetOf(field) as 'title')}
            />
          )}
          <SavePanel
            t={t}
            saved={links}
            canUpdate={saved?.token !== undefined}
            busy={busy}
            message={message}
            onSave={() => void save()}
            onReset={reset}
            onDelete={() => void remove()}
            myItemsHref={localizePath('/my-items/', locale)}
          />
          <Suspense fallback={null}>
            {panelsShown && live && (
              <ExportPanel
                t={t}
                view={live.view}
                jobDescription={live.jobDescription}
                catalog={catalog}
              />
            )}
            {panelsShown && live && (
              <section className="jd-panel jd-preview" aria-labelledby="jd-preview-title">
                <h2 id="jd-preview-title">{t('jd.preview.title')}</h2>
                <JobDescriptionDocument view={live.view} titleLevel={3} variant="preview" />
              </section>
            )}
          </Suspense>
        </aside>
      </div>
    </FormProvider>
  );
}
