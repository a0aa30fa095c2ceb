import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validAssessmentSubmission } from './helpers/assessment-body.ts';
import { call, readAllFiles } from './helpers/http.ts';
import { removeTempFolders, startedServer } from './helpers/server.ts';
import type { RunningServer } from './helpers/server.ts';

afterAll(removeTempFolders);

/**
 * The hiring campaign's API at the HTTP level (issue 17): three kinds of secret (recruiter,
 * interviewer, candidate) plus the invitation link, each opening only its own party's paths in its
 * own campaign; every other combination is the API's one 404. Names stay hidden until a logged
 * reveal, others' ratings until one's own is submitted, and a withdrawal removes the candidate
 * from every view and from the disk.
 */

const JOB = { role: 'manager', locale: 'fr', company: { name: 'Acme' } };
const UNKNOWN_ID = 'AAAAAAAAAAAAAAAAAAAAAA';
const NOT_FOUND = JSON.stringify({ error: 'not_found', issues: [] });

interface Campaign {
  id: string;
  recruiterToken: string;
  invitationToken: string;
}
interface Candidate {
  id: string;
  token: string;
}
interface Interviewer {
  id: string;
  token: string;
}

describe('the campaign API', () => {
  let server: RunningServer;
  let submission: Record<string, unknown>;
  let job: {
    id: string;
    editToken: string;
    competencies: { skill: string; level: number; weight: string }[];
  };
  let url: string;

  beforeAll(async () => {
    submission = await validAssessmentSubmission();
    server = await startedServer();
    url = server.url;
    const created = await call(url, '/api/job-descriptions', { body: JOB });
    expect(created.status, created.text).toBe(201);
    const body = created.body as {
      id: string;
      editToken: string;
      jobDescription: { competencies: { skill: string; level: number; weight: string }[] };
    };
    job = {
      id: body.id,
      editToken: body.editToken,
      competencies: body.jobDescription.competencies,
    };
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
  });

  async function newCampaign(retention?: object): Promise<Campaign> {
    const answer = await call(url, '/api/campaigns', {
      token: job.editToken,
      body: { jobId: job.id, organisation: 'Acme Bio', ...(retention ? { retention } : {}) },
    });
    expect(answer.status, answer.text).toBe(201);
    return answer.body as Campaign;
  }

  async function share(campaign: Campaign, extra: object = {}): Promise<Candidate> {
    const answer = await call(url, `/api/campaigns/${campaign.id}/candidates`, {
      token: campaign.invitationToken,
      body: { submission, shareConsent: true, locale: 'fr', ...extra },
    });
    expect(answer.status, answer.text).toBe(201);
    return answer.body as Candidate;
  }

  async function addInterviewer(campaign: Campaign, label: string): Promise<Interviewer> {
    const answer = await call(url, `/api/campaigns/${campaign.id}/interviewers`, {
      token: campaign.recruiterToken,
      body: { label },
    });
    expect(answer.status, answer.text).toBe(201);
    return answer.body as Interviewer;
  }

  const recruiterView = async (campaign: Campaign, query = '') => {
    const answer = await call(url, `/api/campaigns/${campaign.id}${query}`, {
      token: campaign.recruiterToken,
    });
    expect(answer.status, answer.text).toBe(200);
    return answer;
  };

  /** A 404 with exactly the body of an unknown id: no existence oracle. */
  const expectNotFound = (answer: { status: number; text: string }) => {
    expect(answer.status, answer.text).toBe(404);
    expect(answer.text).toBe(NOT_FOUND);
  };

  it('makes a campaign only with the job description’s edit token, its model the job’s competencies', async () => {
    const wrong = await call(url, '/api/campaigns', {
      token: `${job.editToken.slice(0, -2)}xx`,
      body: { jobId: job.id, organisation: 'Acme' },
    });
    expectNotFound(wrong);
    const unknown = await call(url, '/api/campaigns', {
      token: job.editToken,
      body: { jobId: UNKNOWN_ID, organisation: 'Acme' },
    });
    expectNotFound(unknown);

    const campaign = await newCampaign();
    const read = await recruiterView(campaign);
    const view = read.body as {
      model: { skill: string; requiredLevel: number; weight: string }[];
      retention: { notHired: { months: number; maxMonths: number } };
      campaign: { title: string; organisation: string };
    };
    expect(read.headers.get('etag')).toBe('"v1"');
    expect(read.headers.get('cache-control')).toContain('no-store');
    expect(view.model.map((c) => [c.skill, c.requiredLevel, c.weight])).toEqual(
      job.competencies.map((c) => [c.skill, c.level, c.weight]),
    );
    expect(view.campaign.organisation).toBe('Acme Bio');
    expect(view.retention.notHired).toMatchObject({ months: 3, maxMonths: 3 });
    // Only the hashes of the tokens reach the disk.
    const files = readAllFiles(server.dataDir);
    for (const token of [campaign.recruiterToken, campaign.invitationToken]) {
      expect(files.some(({ content }) => content.includes(token))).toBe(false);
    }
  });

  it('refuses a retention above the CNIL maximum, naming the field and the bound', async () => {
    const answer = await call(url, '/api/campaigns', {
      token: job.editToken,
      body: { jobId: job.id, organisation: 'Acme', retention: { notHiredMonths: 4 } },
    });
    expect(answer.status, answer.text).toBe(400);
    expect(answer.body).toMatchObject({
      issues: [{ path: 'retention.notHiredMonths', message: expect.stringContaining('at most 3') }],
    });
  });

  it('scores the answers itself: levels a client sends are never read', async () => {
    const campaign = await newCampaign();
    const scored = await call(url, '/api/assessments/score', { body: submission });
    const levels = Object.fromEntries(
      (scored.body as { result: { skills: { skill: string; level: number }[] } }).result.skills.map(
        (s) => [s.skill, s.level],
      ),
    );
    const forged = Object.fromEntries(Object.keys(levels).map((skill) => [skill, 4]));
    const candidate = await share(campaign, {
      levels: forged,
      profile: { levels: forged },
      result: { skills: [] },
    });
    const own = await call(url, `/api/campaigns/${campaign.id}/candidates/${candidate.id}`, {
      token: candidate.token,
    });
    expect(own.status, own.text).toBe(200);
    const competencies = (
      own.body as { share: { competencies: { skill: string; level: number }[] } }
    ).share.competencies;
    expect(competencies.length).toBeGreaterThan(0);
    for (const c of competencies.filter((c) => c.skill in levels)) {
      expect(c.level).toBe(levels[c.skill]);
    }
  });

  it('refuses a share without explicit consent, and any token but the invitation’s', async () => {
    const campaign = await newCampaign();
    const noConsent = await call(url, `/api/campaigns/${campaign.id}/candidates`, {
      token: campaign.invitationToken,
      body: { submission, locale: 'fr' },
    });
    expect(noConsent.status).toBe(400);
    expect(noConsent.text).toContain('shareConsent');
    const asRecruiter = await call(url, `/api/campaigns/${campaign.id}/candidates`, {
      token: campaign.recruiterToken,
      body: { submission, shareConsent: true, locale: 'fr' },
    });
    expectNotFound(asRecruiter);
    const read = await recruiterView(campaign);
    expect((read.body as { view: { total: number } }).view.total).toBe(0);
  });

  it('keeps every party to its own paths: other candidates, the recruiter view, other campaigns are 404', async () => {
    const campaign = await newCampaign();
    const other = await newCampaign();
    const a = await share(campaign, { displayName: 'Alice Martin', email: 'alice@example.org' });
    const b = await share(campaign, { displayName: 'Bruno Petit' });
    const interviewer = await addInterviewer(campaign, 'Manager');
    const foreignInterviewer = await addInterviewer(other, 'Lead');
    const base = `/api/campaigns/${campaign.id}`;

    // The candidate's own page opens with their own token only.
    expect((await call(url, `${base}/candidates/${a.id}`, { token: a.token })).status).toBe(200);
    expectNotFound(await call(url, `${base}/candidates/${b.id}`, { token: a.token }));
    expectNotFound(
      await call(url, `${base}/candidates/${b.id}`, { method: 'DELETE', token: a.token }),
    );
    expectNotFound(
      await call(url, `${base}/candidates/${b.id}`, {
        method: 'PATCH',
        token: a.token,
        body: { talentPoolConsent: true },
      }),
    );
    // Neither the recruiter, the invitation nor an interviewer opens a candidate's page.
    for (const token of [campaign.recruiterToken, campaign.invitationToken, interviewer.token]) {
      expectNotFound(await call(url, `${base}/candidates/${a.id}`, { token }));
    }
    // The recruiter's view, comparison, guide and actions need the recruiter's token.
    for (const token of [
      a.token,
      campaign.invitationToken,
      interviewer.token,
      other.recruiterToken,
    ]) {
      expectNotFound(await call(url, base, { token }));
      expectNotFound(await call(url, `${base}/compare?candidates=${a.id},${b.id}`, { token }));
      expectNotFound(await call(url, `${base}/reveal`, { token, body: { candidateIds: [a.id] } }));
      expectNotFound(
        await call(url, `${base}/candidates/${a.id}/decision`, {
          method: 'PUT',
          token,
          body: { outcome: 'rejected' },
        }),
      );
      expectNotFound(await call(url, `${base}/interviewers`, { token, body: { label: 'X' } }));
      expectNotFound(await call(url, base, { method: 'DELETE', token }));
      expectNotFound(await call(url, `${base}/invitation`, { method: 'POST', token }));
    }
    // The guide opens with the recruiter's or an interviewer's token of this campaign only.
    expect((await call(url, `${base}/guide`, { token: campaign.recruiterToken })).status).toBe(200);
    expect((await call(url, `${base}/guide`, { token: interviewer.token })).status).toBe(200);
    for (const token of [
      a.token,
      campaign.invitationToken,
      foreignInterviewer.token,
      other.recruiterToken,
    ]) {
      expectNotFound(await call(url, `${base}/guide`, { token }));
      expectNotFound(await call(url, `${base}/guide?candidate=${a.id}`, { token }));
    }
    // The invitation reads the invitation, nothing else; no other token reads the invitation.
    expect(
      (await call(url, `${base}/invitation`, { token: campaign.invitationToken })).status,
    ).toBe(200);
    for (const token of [
      a.token,
      campaign.recruiterToken,
      interviewer.token,
      other.invitationToken,
    ]) {
      expectNotFound(await call(url, `${base}/invitation`, { token }));
    }
    // An interviewer of another campaign acts on nothing here, even with an id of here.
    expectNotFound(
      await call(url, `${base}/interviewers/${interviewer.id}`, {
        token: foreignInterviewer.token,
      }),
    );
    expectNotFound(
      await call(url, `${base}/interviewers/${foreignInterviewer.id}`, {
        token: foreignInterviewer.token,
      }),
    );
    expectNotFound(
      await call(url, `${base}/interviewers/${interviewer.id}/scorecards/${a.id}`, {
        method: 'PUT',
        token: foreignInterviewer.token,
        body: { ratings: [] },
      }),
    );
    expectNotFound(
      await call(
        url,
        `/api/campaigns/${other.id}/interviewers/${foreignInterviewer.id}/scorecards/${a.id}`,
        {
          method: 'PUT',
          token: foreignInterviewer.token,
          body: { ratings: [] },
        },
      ),
    );
    // An interviewer's own view, with their own token only.
    expect(
      (await call(url, `${base}/interviewers/${interviewer.id}`, { token: interviewer.token }))
        .status,
    ).toBe(200);
    for (const token of [campaign.recruiterToken, a.token, campaign.invitationToken]) {
      expectNotFound(await call(url, `${base}/interviewers/${interviewer.id}`, { token }));
    }
    // Unknown ids and missing tokens answer the same.
    expectNotFound(
      await call(url, `/api/campaigns/${UNKNOWN_ID}`, { token: campaign.recruiterToken }),
    );
    expectNotFound(await call(url, base));
    expectNotFound(await call(url, `${base}/candidates/${UNKNOWN_ID}`, { token: a.token }));
  });

  it('hides names from the recruiter and the interviewers until a logged reveal', async () => {
    const campaign = await newCampaign();
    const a = await share(campaign, { displayName: 'Alice Martin', email: 'alice@example.org' });
    const b = await share(campaign, { displayName: 'Bruno Petit' });
    const interviewer = await addInterviewer(campaign, 'Manager');
    const base = `/api/campaigns/${campaign.id}`;
    const interviewerView = () =>
      call(url, `${base}/interviewers/${interviewer.id}`, { token: interviewer.token });
    const guideOfA = () =>
      call(url, `${base}/guide?candidate=${a.id}`, { token: interviewer.token });

    const before = await recruiterView(campaign);
    for (const answer of [before, await interviewerView(), await guideOfA()]) {
      expect(answer.text).not.toContain('Alice');
      expect(answer.text).not.toContain('alice@example.org');
      expect(answer.text).not.toContain('Bruno');
    }
    const rows = (before.body as { view: { candidates: { label: string; name: unknown }[] } }).view
      .candidates;
    expect(rows.map((r) => [r.label, r.name])).toEqual([
      ['Candidat·e A', null],
      ['Candidat·e B', null],
    ]);

    const revealed = await call(url, `${base}/reveal`, {
      token: campaign.recruiterToken,
      body: { candidateIds: [a.id] },
    });
    expect(revealed.status, revealed.text).toBe(200);
    expect(revealed.body).toMatchObject({
      revealed: [{ candidateId: a.id, name: 'Alice Martin', email: 'alice@example.org' }],
    });

    const after = await recruiterView(campaign);
    const body = after.body as {
      reveals: { at: string; by: string; candidateIds: string[] }[];
      view: { candidates: { id: string; name: string | null }[] };
    };
    expect(body.reveals).toEqual([
      { at: expect.any(String), by: 'recruiter', candidateIds: [a.id] },
    ]);
    expect(body.view.candidates.find((c) => c.id === a.id)?.name).toBe('Alice Martin');
    expect(after.text).not.toContain('Bruno');
    expect((await interviewerView()).text).toContain('Alice Martin');
    expect((await guideOfA()).text).toContain('Alice Martin');
    expect((await interviewerView()).text).not.toContain('Bruno');
    expect(b.id).not.toBe(a.id);

    const unknown = await call(url, `${base}/reveal`, {
      token: campaign.recruiterToken,
      body: { candidateIds: [UNKNOWN_ID] },
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body).toMatchObject({ issues: [{ path: 'candidateIds.0' }] });
  });

  it('shows others’ ratings only after one’s own submission; submit names missing ratings; submitted is final', async () => {
    const campaign = await newCampaign();
    const a = await share(campaign);
    const first = await addInterviewer(campaign, 'Manager');
    const second = await addInterviewer(campaign, 'Team lead');
    const base = `/api/campaigns/${campaign.id}`;
    const skills = job.competencies.map((c) => c.skill);
    const card = (interviewer: Interviewer, body: object) =>
      call(url, `${base}/interviewers/${interviewer.id}/scorecards/${a.id}`, {
        method: 'PUT',
        token: interviewer.token,
        body,
      });
    const allRatings = (rating: number) =>
      skills.map((skill) => ({
        skill,
        rating,
        evidence: `Rated ${rating}: a fact about ${skill}`,
      }));

    // The first interviewer submits, with every competency rated.
    const incomplete = await card(first, {
      ratings: allRatings(4).slice(1),
      recommendation: 'yes',
      submit: true,
    });
    expect(incomplete.status, incomplete.text).toBe(422);
    expect(incomplete.text).toContain(skills[0]);
    const noRecommendation = await card(first, { ratings: allRatings(4), submit: true });
    expect(noRecommendation.status).toBe(422);
    expect(noRecommendation.body).toMatchObject({ issues: [{ path: 'recommendation' }] });
    const submitted = await card(first, {
      ratings: allRatings(4),
      recommendation: 'strong-yes',
      submit: true,
    });
    expect(submitted.status, submitted.text).toBe(200);
    const again = await card(first, { ratings: allRatings(1), recommendation: 'no' });
    expect(again.status).toBe(409);

    // The second sees nothing of the first's ratings while drafting.
    const draft = await card(second, { ratings: allRatings(1).slice(0, 1) });
    expect(draft.status, draft.text).toBe(200);
    expect(draft.body).toMatchObject({
      candidate: { othersVisible: false, others: [], aggregate: null },
      scorecard: { submittedAt: null, missing: skills.slice(1) },
    });
    const secondView = await call(url, `${base}/interviewers/${second.id}`, {
      token: second.token,
    });
    expect(secondView.text).not.toContain('Rated 4');
    expect(secondView.text).not.toContain('strong-yes');
    // And once the second submits, the first's card is there, with the disagreement.
    const done = await card(second, { ratings: allRatings(1), recommendation: 'no', submit: true });
    expect(done.status, done.text).toBe(200);
    expect(done.body).toMatchObject({
      candidate: {
        othersVisible: true,
        others: [{ interviewer: 'Manager', recommendation: 'strong-yes' }],
        aggregate: { submitted: 2, recommendationsSplit: true },
      },
    });
    const recruiter = await recruiterView(campaign);
    const row = (
      recruiter.body as { view: { candidates: { disagreements: { skill: string }[] }[] } }
    ).view.candidates[0];
    expect(row?.disagreements.map((d) => d.skill)).toEqual(skills);
  });

  it('keeps a candidate in the talent pool only with their consent', async () => {
    const campaign = await newCampaign();
    const a = await share(campaign);
    const decide = (outcome: string) =>
      call(url, `/api/campaigns/${campaign.id}/candidates/${a.id}/decision`, {
        method: 'PUT',
        token: campaign.recruiterToken,
        body: { outcome },
      });
    const refused = await decide('talent-pool');
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ issues: [{ path: 'outcome' }] });
    const consent = await call(url, `/api/campaigns/${campaign.id}/candidates/${a.id}`, {
      method: 'PATCH',
      token: a.token,
      body: { talentPoolConsent: true },
    });
    expect(consent.status, consent.text).toBe(200);
    const kept = await decide('talent-pool');
    expect(kept.status, kept.text).toBe(200);
    expect(kept.body).toMatchObject({ decision: { outcome: 'talent-pool' } });
    const filtered = await recruiterView(campaign, '?filter=talent-pool');
    expect((filtered.body as { view: { candidates: unknown[] } }).view.candidates).toHaveLength(1);
    const bad = await call(url, `/api/campaigns/${campaign.id}?sort=name`, {
      token: campaign.recruiterToken,
    });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ issues: [{ path: 'sort' }] });
  });

  it('removes a withdrawn result from every view and from the disk at once', async () => {
    const campaign = await newCampaign();
    const a = await share(campaign, { displayName: 'Alice Martin' });
    const b = await share(campaign, { displayName: 'Zoé Withdraws', email: 'zoe@example.org' });
    const c = await share(campaign);
    const interviewer = await addInterviewer(campaign, 'Manager');
    const base = `/api/campaigns/${campaign.id}`;
    await call(url, `${base}/reveal`, {
      token: campaign.recruiterToken,
      body: { candidateIds: [b.id] },
    });
    const scored = await call(url, `${base}/interviewers/${interviewer.id}/scorecards/${b.id}`, {
      method: 'PUT',
      token: interviewer.token,
      body: {
        ratings: [{ skill: job.competencies[0]?.skill, rating: 2, evidence: 'zoe-evidence' }],
      },
    });
    expect(scored.status, scored.text).toBe(200);
    expect(
      (
        await call(url, `${base}/compare?candidates=${a.id},${b.id}`, {
          token: campaign.recruiterToken,
        })
      ).status,
    ).toBe(200);

    const withdrawn = await call(url, `${base}/candidates/${b.id}`, {
      method: 'DELETE',
      token: b.token,
    });
    expect(withdrawn.status).toBe(204);

    const view = await recruiterView(campaign);
    expect(view.text).not.toContain(b.id);
    expect(view.text).not.toContain('Zoé');
    expect(
      (view.body as { view: { candidates: { label: string }[] } }).view.candidates.map(
        (r) => r.label,
      ),
    ).toEqual(['Candidat·e A', 'Candidat·e C']);
    const compare = await call(url, `${base}/compare?candidates=${a.id},${b.id}`, {
      token: campaign.recruiterToken,
    });
    expect(compare.status).toBe(422);
    expect(compare.text).not.toContain('Zoé');
    expect(
      (
        await call(url, `${base}/compare?candidates=${a.id},${c.id}`, {
          token: campaign.recruiterToken,
        })
      ).status,
    ).toBe(200);
    expectNotFound(
      await call(url, `${base}/guide?candidate=${b.id}`, { token: campaign.recruiterToken }),
    );
    expectNotFound(
      await call(url, `${base}/guide?candidate=${b.id}`, { token: interviewer.token }),
    );
    const interviewerView = await call(url, `${base}/interviewers/${interviewer.id}`, {
      token: interviewer.token,
    });
    expect(interviewerView.text).not.toContain(b.id);
    expect(interviewerView.text).not.toContain('zoe-evidence');
    expectNotFound(
      await call(url, `${base}/interviewers/${interviewer.id}/scorecards/${b.id}`, {
        method: 'PUT',
        token: interviewer.token,
        body: { ratings: [] },
      }),
    );
    expectNotFound(await call(url, `${base}/candidates/${b.id}`, { token: b.token }));
    expectNotFound(
      await call(url, `${base}/candidates/${b.id}/decision`, {
        method: 'PUT',
        token: campaign.recruiterToken,
        body: { outcome: 'hired' },
      }),
    );
    const onDisk = readAllFiles(server.dataDir).filter(({ content }) =>
      content.includes(campaign.id),
    );
    expect(onDisk.length).toBeGreaterThan(0);
    for (const needle of [b.id, 'Zoé', 'zoe@example.org', 'zoe-evidence']) {
      expect(
        onDisk.some(({ content }) => content.includes(needle)),
        needle,
      ).toBe(false);
    }
  });

  it('lands every share when candidates share at the same moment', async () => {
    const campaign = await newCampaign();
    const answers = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        call(url, `/api/campaigns/${campaign.id}/candidates`, {
          token: campaign.invitationToken,
          body: { submission, shareConsent: true, locale: 'en', displayName: `Person ${i}` },
        }),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual([201, 201, 201, 201, 201, 201]);
    const view = await recruiterView(campaign);
    const labels = (view.body as { view: { candidates: { label: string }[] } }).view.candidates.map(
      (r) => r.label,
    );
    expect(labels).toEqual([
      'Candidat·e A',
      'Candidat·e B',
      'Candidat·e C',
      'Candidat·e D',
      'Candidat·e E',
      'Candidat·e F',
    ]);
  });

  it('replaces the invitation, closes, and deletes the campaign with everything in it', async () => {
    const campaign = await newCampaign();
    const a = await share(campaign);
    const base = `/api/campaigns/${campaign.id}`;
    const replaced = await call(url, `${base}/invitation`, {
      method: 'POST',
      token: campaign.recruiterToken,
    });
    expect(replaced.status, replaced.text).toBe(200);
    const fresh = (replaced.body as { invitationToken: string }).invitationToken;
    expectNotFound(await call(url, `${base}/invitation`, { token: campaign.invitationToken }));
    expect((await call(url, `${base}/invitation`, { token: fresh })).status).toBe(200);

    const stale = await call(url, base, {
      method: 'PATCH',
      token: campaign.recruiterToken,
      headers: { 'if-match': '"v1"' },
      body: { closed: true },
    });
    expect(stale.status).toBe(412);
    const closed = await call(url, base, {
      method: 'PATCH',
      token: campaign.recruiterToken,
      body: { closed: true, retention: { notHiredMonths: 2 } },
    });
    expect(closed.status, closed.text).toBe(200);
    expect(closed.body).toMatchObject({
      invitation: { status: 'closed' },
      retention: { notHired: { months: 2 } },
    });
    const late = await call(url, `${base}/candidates`, {
      token: fresh,
      body: { submission, shareConsent: true, locale: 'fr' },
    });
    expect(late.status).toBe(409);

    const deleted = await call(url, base, { method: 'DELETE', token: campaign.recruiterToken });
    expect(deleted.status).toBe(204);
    expectNotFound(await call(url, base, { token: campaign.recruiterToken }));
    expectNotFound(await call(url, `${base}/candidates/${a.id}`, { token: a.token }));
    expect(readAllFiles(server.dataDir).some(({ content }) => content.includes(campaign.id))).toBe(
      false,
    );
  });
});

describe('the campaign share and guide under EXPENSIVE_RATE_LIMIT', () => {
  it('counts shares (the server scores them) and guide reads as expensive, not the other reads', async () => {
    const server = await startedServer({ env: { EXPENSIVE_RATE_LIMIT: '3' } });
    try {
      const submission = await validAssessmentSubmission();
      const job = (await call(server.url, '/api/job-descriptions', { body: JOB })).body as {
        id: string;
        editToken: string;
      };
      const campaign = (
        await call(server.url, '/api/campaigns', {
          token: job.editToken,
          body: { jobId: job.id, organisation: 'Acme' },
        })
      ).body as Campaign;
      const base = `/api/campaigns/${campaign.id}`;
      const share = () =>
        call(server.url, `${base}/candidates`, {
          token: campaign.invitationToken,
          body: { submission, shareConsent: true, locale: 'fr' },
        });
      const guide = () => call(server.url, `${base}/guide`, { token: campaign.recruiterToken });
      const statuses = [
        (await share()).status,
        (await share()).status,
        (await guide()).status,
        (await share()).status,
        (await guide()).status,
      ];
      expect(statuses).toEqual([201, 201, 200, 429, 429]);
      // Reading the recruiter's view is not an expensive route.
      const view = await call(server.url, base, { token: campaign.recruiterToken });
      expect(view.status).toBe(200);
    } finally {
      await server.stop();
    }
  }, 60_000);
});
