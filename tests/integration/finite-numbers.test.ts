import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildQuestionnaire,
  createSaveRequestSchema,
  createSubmissionSchema,
  pickAssessmentCatalog,
} from '../../src/domain/assessment/index.ts';
import {
  AddInterviewerRequestSchema,
  CandidateUpdateRequestSchema,
  CreateCampaignRequestSchema,
  createShareRequestSchema,
  DecisionRequestSchema,
  RevealRequestSchema,
  ScorecardRequestSchema,
  UpdateCampaignRequestSchema,
} from '../../src/domain/campaign/requests.ts';
import { JobDescriptionDraftSchema } from '../../src/domain/job-description/index.ts';
import { BriefRequestSchema } from '../../src/domain/sourcing/brief.ts';
import { SourcingInputSchema } from '../../src/domain/sourcing/input.ts';
import { PROJECT_ROOT } from '../../src/bin/paths.ts';
import { loadCatalog } from '../helpers/load-catalog.ts';
import { discoverApiRoutes } from './helpers/api-routes.ts';
import { validAssessmentSubmission } from './helpers/assessment-body.ts';
import { call } from './helpers/http.ts';
import { nonFiniteTraces, numberPaths, numericFields, setPath } from './helpers/numeric-paths.ts';
import type { NumericField } from './helpers/numeric-paths.ts';
import { removeTempFolders, startedServer, tempFolder } from './helpers/server.ts';
import type { RunningServer } from './helpers/server.ts';

afterAll(removeTempFolders);

/**
 * Issue 16, point 9: every numeric input is bounded, and no value a schema accepts makes a
 * computation yield Infinity or NaN. Extreme values (the limits, zero, the smallest and largest
 * doubles) go to every endpoint that takes a body; answers are 2xx or 4xx, and no number in a 2xx
 * answer is lost (null in JSON) or printed as ∞ / NaN (JSON and PDF text).
 */

const questionnaire = buildQuestionnaire(pickAssessmentCatalog(loadCatalog()));

interface Target {
  method: 'POST' | 'PUT' | 'PATCH';
  path: () => string;
  schema: z.ZodType;
  base: () => Promise<unknown>;
  pdf: boolean;
  /** A binary file (a Word document): only its status is checked. */
  binary?: boolean;
  token?: () => string;
}

const JD = {
  role: 'manager',
  locale: 'fr',
  company: { name: 'Acme' },
  contract: { type: 'cdd', durationMonths: 12, workingTime: 'part-time', hoursPerWeek: 24 },
  location: { city: 'Lyon', country: 'FR', remote: 'hybrid', remoteDaysPerWeek: 2 },
  salary: { min: 30000, max: 38000, currency: 'EUR', period: 'YEAR' },
};
let saved = { id: '', token: '' };
/** A campaign of the saved job description, with one candidate and one interviewer. */
const campaign = {
  id: '',
  recruiterToken: '',
  invitationToken: '',
  candidate: { id: '', token: '' },
  interviewer: { id: '', token: '' },
  skill: '',
  /** Another campaign, whose invitation is replaced again and again. */
  otherId: '',
  otherToken: '',
};
const inCampaign = (path: string) => `/api/campaigns/${campaign.id}${path}`;

const TARGETS: Record<string, Target> = {
  'POST /api/sourcing': {
    method: 'POST',
    path: () => '/api/sourcing',
    schema: SourcingInputSchema,
    base: () => Promise.resolve({}),
    pdf: false,
  },
  'POST /api/sourcing/pdf': {
    method: 'POST',
    path: () => '/api/sourcing/pdf',
    schema: SourcingInputSchema,
    base: () => Promise.resolve({}),
    pdf: true,
  },
  'POST /api/sourcing/brief': {
    method: 'POST',
    path: () => '/api/sourcing/brief',
    schema: BriefRequestSchema,
    base: () => Promise.resolve({}),
    pdf: false,
  },
  'POST /api/assessments/score': {
    method: 'POST',
    path: () => '/api/assessments/score',
    schema: createSubmissionSchema(questionnaire),
    base: validAssessmentSubmission,
    pdf: false,
  },
  'POST /api/assessments': {
    method: 'POST',
    path: () => '/api/assessments',
    schema: createSaveRequestSchema(questionnaire),
    base: async () => ({ ...(await validAssessmentSubmission()), consent: true }),
    pdf: false,
  },
  'POST /api/job-descriptions': {
    method: 'POST',
    path: () => '/api/job-descriptions',
    schema: JobDescriptionDraftSchema,
    base: () => Promise.resolve(JD),
    pdf: false,
  },
  'PUT /api/job-descriptions/[id]': {
    method: 'PUT',
    path: () => `/api/job-descriptions/${saved.id}`,
    schema: JobDescriptionDraftSchema,
    base: () => Promise.resolve(JD),
    pdf: false,
    token: () => saved.token,
  },
  'POST /api/job-descriptions/preview/pdf': {
    method: 'POST',
    path: () => '/api/job-descriptions/preview/pdf',
    schema: JobDescriptionDraftSchema,
    base: () => Promise.resolve(JD),
    pdf: true,
  },
  'POST /api/job-descriptions/preview/docx': {
    method: 'POST',
    path: () => '/api/job-descriptions/preview/docx',
    schema: JobDescriptionDraftSchema,
    base: () => Promise.resolve(JD),
    pdf: false,
    binary: true,
  },
  'POST /api/campaigns': {
    method: 'POST',
    path: () => '/api/campaigns',
    schema: CreateCampaignRequestSchema,
    base: () => Promise.resolve({ jobId: saved.id, organisation: 'Acme' }),
    pdf: false,
    token: () => saved.token,
  },
  'PATCH /api/campaigns/[id]': {
    method: 'PATCH',
    path: () => inCampaign(''),
    schema: UpdateCampaignRequestSchema,
    base: () => Promise.resolve({ retention: { notHiredMonths: 2, talentPoolMonths: 12 } }),
    pdf: false,
    token: () => campaign.recruiterToken,
  },
  'POST /api/campaigns/[id]/invitation': {
    method: 'POST',
    path: () => `/api/campaigns/${campaign.otherId}/invitation`,
    schema: z.object({}),
    base: () => Promise.resolve({}),
    pdf: false,
    token: () => campaign.otherToken,
  },
  'POST /api/campaigns/[id]/reveal': {
    method: 'POST',
    path: () => inCampaign('/reveal'),
    schema: RevealRequestSchema,
    base: () => Promise.resolve({ candidateIds: [campaign.candidate.id] }),
    pdf: false,
    token: () => campaign.recruiterToken,
  },
  'PUT /api/campaigns/[id]/candidates/[cid]/decision': {
    method: 'PUT',
    path: () => inCampaign(`/candidates/${campaign.candidate.id}/decision`),
    schema: DecisionRequestSchema,
    base: () => Promise.resolve({ outcome: 'rejected' }),
    pdf: false,
    token: () => campaign.recruiterToken,
  },
  'POST /api/campaigns/[id]/interviewers': {
    method: 'POST',
    path: () => inCampaign('/interviewers'),
    schema: AddInterviewerRequestSchema,
    base: () => Promise.resolve({ label: 'Manager' }),
    pdf: false,
    token: () => campaign.recruiterToken,
  },
  'POST /api/campaigns/[id]/candidates': {
    method: 'POST',
    path: () => inCampaign('/candidates'),
    schema: createShareRequestSchema(createSubmissionSchema(questionnaire)),
    base: async () => ({
      submission: await validAssessmentSubmission(),
      shareConsent: true,
      locale: 'fr',
    }),
    pdf: false,
    token: () => campaign.invitationToken,
  },
  'PATCH /api/campaigns/[id]/candidates/[cid]': {
    method: 'PATCH',
    path: () => inCampaign(`/candidates/${campaign.candidate.id}`),
    schema: CandidateUpdateRequestSchema,
    base: () => Promise.resolve({ talentPoolConsent: true }),
    pdf: false,
    token: () => campaign.candidate.token,
  },
  'PUT /api/campaigns/[id]/interviewers/[iid]/scorecards/[cid]': {
    method: 'PUT',
    path: () =>
      inCampaign(`/interviewers/${campaign.interviewer.id}/scorecards/${campaign.candidate.id}`),
    schema: ScorecardRequestSchema,
    base: () =>
      Promise.resolve({ ratings: [{ skill: campaign.skill, rating: 3, evidence: 'A fact' }] }),
    pdf: false,
    token: () => campaign.interviewer.token,
  },
};

/** Values at and beyond a field's limits, plus the doubles that break naive arithmetic. */
function extremes(field: NumericField): fc.Arbitrary<number> {
  const { minimum = -1e308, maximum = 1e308 } = field;
  const inside = [minimum, maximum, 0, Math.min(maximum, Math.max(minimum, 1))];
  if (!field.integer)
    inside.push(Math.min(maximum, minimum + Number.EPSILON), 5e-324, maximum - 1e-9);
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...inside) },
    {
      weight: 2,
      arbitrary: field.integer
        ? fc.integer({ min: Math.max(minimum, -(2 ** 31)), max: Math.min(maximum, 2 ** 31 - 1) })
        : fc.double({ min: minimum, max: maximum, noNaN: true, noDefaultInfinity: true }),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        -1e308,
        1e308,
        -5e-324,
        Number.MAX_SAFE_INTEGER + 2,
        -0,
        minimum - 1,
        maximum + 1,
      ),
    },
  );
}

let server: RunningServer;
beforeAll(async () => {
  server = await startedServer();
  const created = await call(server.url, '/api/job-descriptions', { body: JD });
  const body = created.body as {
    id: string;
    editToken: string;
    jobDescription: { competencies: { skill: string }[] };
  };
  saved = { id: body.id, token: body.editToken };
  const newCampaign = async () => {
    const answer = await call(server.url, '/api/campaigns', {
      token: saved.token,
      body: { jobId: saved.id, organisation: 'Acme' },
    });
    expect(answer.status, answer.text).toBe(201);
    return answer.body as { id: string; recruiterToken: string; invitationToken: string };
  };
  const main = await newCampaign();
  const other = await newCampaign();
  const shared = await call(server.url, `/api/campaigns/${main.id}/candidates`, {
    token: main.invitationToken,
    body: { submission: await validAssessmentSubmission(), shareConsent: true, locale: 'fr' },
  });
  const interviewer = await call(server.url, `/api/campaigns/${main.id}/interviewers`, {
    token: main.recruiterToken,
    body: { label: 'Lead' },
  });
  Object.assign(campaign, {
    ...main,
    candidate: shared.body,
    interviewer: interviewer.body,
    skill: body.jobDescription.competencies[0]?.skill ?? '',
    otherId: other.id,
    otherToken: other.recruiterToken,
  });
}, 30_000);
afterAll(async () => {
  await server?.stop();
});

describe('every endpoint that takes a body', () => {
  it('is covered by this test (an endpoint added later must be added here)', () => {
    const withBody = discoverApiRoutes().flatMap((route) => {
      const source = readFileSync(join(PROJECT_ROOT, route.file), 'utf8');
      return (['POST', 'PUT', 'PATCH'] as const)
        .filter((verb) => new RegExp(`export const ${verb}\\b`).test(source))
        .map((verb) => `${verb} ${route.pattern}`);
    });
    expect(withBody.sort()).toEqual(Object.keys(TARGETS).sort());
  });

  it('bounds every number of every request schema', () => {
    for (const [name, target] of Object.entries(TARGETS)) {
      for (const field of numericFields(target.schema)) {
        expect(field.minimum, `${name} ${field.path.join('.')}`).toBeTypeOf('number');
        expect(field.maximum, `${name} ${field.path.join('.')}`).toBeTypeOf('number');
      }
    }
  });
});

describe.each(Object.entries(TARGETS))('extreme numbers to %s', (name, target) => {
  it('answer 2xx or 4xx, and every number of a 2xx answer is finite', async () => {
    const fields = numericFields(target.schema).filter((field) => !field.path.includes('*'));
    const base = await target.base();
    const send = async (body: unknown) => {
      const response = await fetch(`${server.url}${target.path()}`, {
        method: target.method,
        headers: {
          'content-type': 'application/json',
          origin: server.url,
          ...(target.token ? { authorization: `Bearer ${target.token()}` } : {}),
        },
        body: JSON.stringify(body),
      });
      return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()) };
    };
    const pdfText = (bytes: Buffer) => {
      const file = join(tempFolder('tdu-finite-'), 'answer.pdf');
      writeFileSync(file, bytes);
      return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    };
    const baseline = await send(base);
    expect(baseline.status, baseline.bytes.toString().slice(0, 300)).toBeLessThan(300);
    const numeric =
      target.pdf || target.binary
        ? new Set<string>()
        : numberPaths(JSON.parse(baseline.bytes.toString()));
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    let pdfsRead = 0;
    const picks =
      fields.length === 0
        ? fc.constant([] as [NumericField, number][])
        : fc.array(
            fc.nat({ max: fields.length - 1 }).chain((index) => {
              const field = fields[index] as NumericField;
              return extremes(field).map((value) => [field, value] as [NumericField, number]);
            }),
            { minLength: 1, maxLength: 6 },
          );
    await fc.assert(
      fc.asyncProperty(picks, async (chosen) => {
        let body = base;
        for (const [field, value] of chosen) body = setPath(body, field.path, value);
        const answer = await send(body);
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
        const label = chosen.map(([field, value]) => `${field.path.join('.')}=${value}`).join(', ');
        if (answer.status >= 500 || answer.status < 200)
          failures.push(`${label} → ${answer.status}`);
        else if (answer.status < 300 && target.pdf && pdfsRead < 25) {
          pdfsRead += 1;
          const text = pdfText(answer.bytes);
          if (/∞|\bNaN\b|Infinity/.test(text))
            failures.push(`${label} → PDF shows ${/∞|NaN|Infinity/.exec(text)?.[0]}`);
        } else if (answer.status < 300 && !target.pdf && !target.binary) {
          for (const trace of nonFiniteTraces(JSON.parse(answer.bytes.toString()), numeric)) {
            failures.push(`${label} → ${trace}`);
          }
        }
        return true;
      }),
      {
        numRuns: target.pdf ? 40 : 120,
        interruptAfterTimeLimit: 40_000,
        markInterruptAsFailure: false,
      },
    );
    process.stdout.write(
      `finite ${name}: ${fields.length} numeric fields, statuses ${JSON.stringify(Object.fromEntries(statuses))}\n`,
    );
    expect(failures.slice(0, 10)).toEqual([]);
    expect([...statuses.keys()].some((status) => status < 300)).toBe(true);
  }, 90_000);
});
