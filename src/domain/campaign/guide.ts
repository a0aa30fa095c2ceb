import type {
  FlagProbesFile,
  ForbiddenQuestionsFile,
  InterviewBank,
  LegalReference,
  ResponseFlagKind,
} from '../content/interview.ts';
import type { WeightClass } from '../content/role.ts';
import type { Skill } from '../content/skill.ts';
import type { Locale } from '../text/index.ts';
import type { CandidateProfile, CompetencyModel, Jurisdiction } from './schemas.ts';

/** The content an interview guide is built from (loaded once by the server, or by tests). */
export interface InterviewContent {
  skills: readonly Skill[];
  banks: readonly InterviewBank[];
  flagProbes: FlagProbesFile;
  forbidden: ForbiddenQuestionsFile;
}

/** How many questions the guide asks per competency. */
export const QUESTIONS_PER_COMPETENCY = 2;

/** One question of the guide, in the guide's locale. */
export interface GuideQuestion {
  id: string;
  text: string;
  /** STAR follow-ups. */
  followUps: string[];
}

/** One step of the anchored rating scale: a rating and what a person at that level does. */
export interface ScaleAnchor {
  rating: 1 | 2 | 3 | 4;
  descriptor: string;
  /** True for the level the job requires. */
  required: boolean;
}

/** What to check when the candidate's result is below the required level for a competency. */
export interface GuideGap {
  candidateLevel: number;
  requiredLevel: number;
  /** What the candidate's reported level does. */
  candidateDescriptor: string;
  /** What the level just above the candidate's does: the step the probes look for. */
  nextDescriptor: string;
  probes: string[];
}

/** Probes for a response-quality caution. */
export interface GuideFlagCheck {
  flag: ResponseFlagKind;
  why: string;
  probes: string[];
}

/** One competency of the guide. */
export interface GuideCompetency {
  skill: string;
  label: string;
  kind: 'soft' | 'know-how';
  weight: WeightClass;
  requiredLevel: number;
  /** The candidate's level from their shared result, when the guide is for a candidate. */
  candidateLevel?: number;
  questions: GuideQuestion[];
  /** Present only when this candidate's level is below the required level. */
  gap?: GuideGap;
  /** Cautions of this candidate's result that concern this competency. */
  flagChecks: GuideFlagCheck[];
  scale: ScaleAnchor[];
}

/** A legal reference as shown in the box. */
export interface Citation extends LegalReference {
  /** E.g. « Code du travail, art. L1132-1 ». */
  label: string;
}

/** The boxed list of questions never to ask, for the job's jurisdiction. */
export interface ForbiddenBox {
  jurisdiction: Jurisdiction;
  /**
   * False for a jurisdiction the product has no rules for: the topics are still listed, as good
   * practice, without references.
   */
  rulesModelled: boolean;
  principles: { text: string; references: Citation[] }[];
  topics: { id: string; topic: string; examples: string[]; references: Citation[] }[];
}

/** The interview guide of a campaign, or of one candidate in it. */
export interface InterviewGuide {
  locale: Locale;
  /** Soft skills (savoir-être, savoir-agir) first, then know-how; mandatory before relative. */
  competencies: GuideCompetency[];
  /** Cautions about the whole result, not tied to one competency. */
  flagChecks: GuideFlagCheck[];
  /** Competencies of the model not interviewed on (tools: the assessment measures them). */
  notInterviewed: string[];
  forbidden: ForbiddenBox;
}

const KIND_ORDER: Record<'soft' | 'know-how', number> = { soft: 0, 'know-how': 1 };
const WEIGHT_ORDER: Record<WeightClass, number> = { mandatory: 0, relative: 1 };

/** A reference with its label, « Code du travail, art. L1132-1 » (the texts are French). */
export function citeReference(reference: LegalReference): Citation {
  return { ...reference, label: `${reference.law}, art. ${reference.article}` };
}

/** The box of questions never to ask, filtered to the references of one jurisdiction. */
export function buildForbiddenBox(
  forbidden: ForbiddenQuestionsFile,
  jurisdiction: Jurisdiction,
  locale: Locale,
): ForbiddenBox {
  const cite = (references: readonly LegalReference[]) =>
    references.filter((reference) => reference.jurisdiction === jurisdiction).map(citeReference);
  if (jurisdiction === 'other') {
    return {
      jurisdiction,
      rulesModelled: false,
      principles: [],
      topics: forbidden.topics.map((topic) => ({
        id: topic.id,
        topic: topic.topic[locale],
        examples: topic.examples.map((example) => example[locale]),
        references: [],
      })),
    };
  }
  return {
    jurisdiction,
    rulesModelled: true,
    principles: forbidden.principles
      .map((principle) => ({
        text: principle.text[locale],
        references: cite(principle.references),
      }))
      .filter((principle) => principle.references.length > 0),
    topics: forbidden.topics
      .map((topic) => ({
        id: topic.id,
        topic: topic.topic[locale],
        examples: topic.examples.map((example) => example[locale]),
        references: cite(topic.references),
      }))
      .filter((topic) => topic.references.length > 0),
  };
}

function flagCheck(
  content: InterviewContent,
  flag: ResponseFlagKind,
  locale: Locale,
): GuideFlagCheck | null {
  const entry = content.flagProbes.probes.find((probe) => probe.flag === flag);
  if (!entry) return null;
  return { flag, why: entry.why[locale], probes: entry.probes.map((probe) => probe[locale]) };
}

/**
 * The structured interview guide for a campaign's competency model, in one locale. Every candidate
 * gets the same questions (two per competency: the ones the campaign pinned, else the bank's first
 * two) in the same order: soft skills first (article 001: savoir-être and savoir-agir en situation
 * before savoir-faire), mandatory before relative, then the model's order. With a candidate's
 * profile, a competency below the required level gets gap probes (aimed at the level just above the
 * candidate's), and the result's cautions get their probes, on the competencies they concern or for
 * the whole interview. Each competency carries its rating scale anchored on the skill's four level
 * descriptors. Throws when the model names a skill with no bank (content integrity makes that a bug).
 */
export function buildInterviewGuide(
  content: InterviewContent,
  model: CompetencyModel,
  jurisdiction: Jurisdiction,
  locale: Locale,
  candidate?: CandidateProfile,
): InterviewGuide {
  const skills = new Map(content.skills.map((skill) => [skill.id, skill]));
  const banks = new Map(content.banks.map((bank) => [bank.skill, bank]));
  const inModel = new Set(model.map((competency) => competency.skill));
  const scopedFlags = (candidate?.flags ?? []).filter((flag) =>
    flag.skills.some((skill) => inModel.has(skill)),
  );
  const wholeFlags = (candidate?.flags ?? []).filter((flag) => !scopedFlags.includes(flag));

  const notInterviewed: string[] = [];
  const entries = model.flatMap((competency, position) => {
    const skill = skills.get(competency.skill);
    if (!skill) throw new Error(`unknown skill id "${competency.skill}"`);
    if (skill.kind === 'tool') {
      notInterviewed.push(skill.id);
      return [];
    }
    return [{ competency, skill: { ...skill, kind: skill.kind }, position }];
  });
  entries.sort(
    (a, b) =>
      KIND_ORDER[a.skill.kind] - KIND_ORDER[b.skill.kind] ||
      WEIGHT_ORDER[a.competency.weight] - WEIGHT_ORDER[b.competency.weight] ||
      a.position - b.position,
  );

  const competencies = entries.map(({ competency, skill }): GuideCompetency => {
    const bank = banks.get(skill.id);
    if (!bank) throw new Error(`no interview question bank for skill "${skill.id}"`);
    const chosen = competency.questionIds
      ? competency.questionIds.map((id) => {
          const question = bank.questions.find((candidateQuestion) => candidateQuestion.id === id);
          if (!question) throw new Error(`unknown question "${id}" for skill "${skill.id}"`);
          return question;
        })
      : bank.questions.slice(0, QUESTIONS_PER_COMPETENCY);
    const candidateLevel = candidate?.levels[skill.id];
    const descriptor = (level: number) => skill.levels[level - 1]?.[locale] ?? '';
    const gap: GuideGap | undefined =
      candidateLevel !== undefined && candidateLevel < competency.level
        ? {
            candidateLevel,
            requiredLevel: competency.level,
            candidateDescriptor: descriptor(candidateLevel),
            nextDescriptor: descriptor(candidateLevel + 1),
            probes: bank.gapProbes.map((probe) => probe[locale]),
          }
        : undefined;
    const flagChecks = scopedFlags
      .filter((flag) => flag.skills.includes(skill.id))
      .flatMap((flag) => flagCheck(content, flag.kind, locale) ?? []);
    return {
      skill: skill.id,
      label: skill.label[locale],
      kind: skill.kind,
      weight: competency.weight,
      requiredLevel: competency.level,
      ...(candidateLevel !== undefined ? { candidateLevel } : {}),
      questions: chosen.map((question) => ({
        id: question.id,
        text: question.text[locale],
        followUps: question.followUps.map((followUp) => followUp[locale]),
      })),
      ...(gap ? { gap } : {}),
      flagChecks,
      scale: ([1, 2, 3, 4] as const).map((rating) => ({
        rating,
        descriptor: descriptor(rating),
        required: rating === competency.level,
      })),
    };
  });

  const wholeKinds = [...new Set(wholeFlags.map((flag) => flag.kind))];
  return {
    locale,
    competencies,
    flagChecks: wholeKinds.flatMap((kind) => flagCheck(content, kind, locale) ?? []),
    notInterviewed,
    forbidden: buildForbiddenBox(content.forbidden, jurisdiction, locale),
  };
}
