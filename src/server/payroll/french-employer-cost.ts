import rules from 'modele-social';
import Engine from 'publicodes';
import { headcountBand, situationKey } from './situation-key.ts';
import { emptyFamilies } from '../../domain/sourcing/employer-cost.ts';
import type {
  CostFamily,
  EmployerCost,
  PayrollCost,
  PayrollSituation,
} from '../../domain/sourcing/employer-cost.ts';

/**
 * The French employer cost computed by URSSAF's own open-source rules (`modele-social`, the
 * publicodes model behind mon-entreprise.urssaf.fr): `salarié . coût total employeur` with the
 * engine's own part-time, work-study and transport-levy settings, and the contributions grouped
 * by family as the official simulator shows them. One evaluation takes 40 to 70 ms, so the engine
 * is built once per process and every result is memoised by situation.
 */
let engine: Engine | undefined;
const cache = new Map<string, PayrollCost>();

/** Largest number of memoised situations before the oldest are dropped. */
const MAX_CACHE = 5000;

/** The engine's rules summed into each family of the official simulator. */
const FAMILY_RULES: Record<CostFamily, string[]> = {
  health: [
    'salarié . cotisations . maladie . employeur',
    'salarié . cotisations . prévoyances . santé . employeur',
    'salarié . cotisations . prévoyances . incapacité invalidité décès . employeur',
  ],
  accidents: ['salarié . cotisations . ATMP'],
  pension: [
    'salarié . cotisations . vieillesse . plafonnée . employeur',
    'salarié . cotisations . vieillesse . déplafonnée . employeur',
    'salarié . cotisations . retraite complémentaire-CEG-CET . employeur',
    'salarié . cotisations . APEC . employeur',
  ],
  family: ['salarié . cotisations . allocations familiales'],
  unemployment: ['salarié . cotisations . assurance chômage'],
  transport: ['salarié . cotisations . versement mobilité'],
  other: ['salarié . cotisations . autres employeur'],
};

function getEngine(): Engine {
  engine ??= new Engine(rules, {
    logger: {
      log: () => undefined,
      warn: () => undefined,
      error: (message) => console.error(message),
    },
  });
  return engine;
}

export { HEADCOUNT_BANDS, headcountBand } from './situation-key.ts';

const keyOf = situationKey;

function evaluateSituation(situation: PayrollSituation): PayrollCost {
  const run = getEngine().setSituation({
    'salarié . contrat . salaire brut': `${Math.round(situation.grossAnnual)} €/an`,
    'salarié . contrat . statut cadre': situation.executive ? 'oui' : 'non',
    'entreprise . salariés . effectif': String(headcountBand(situation.headcount)),
    'établissement . commune . taux versement mobilité': String(situation.transportLevyPercent),
    ...(situation.fullTime
      ? {}
      : {
          'salarié . contrat . temps de travail . temps partiel': 'oui',
          'salarié . contrat . temps de travail . temps partiel . heures par semaine': `${Math.round(situation.weeklyHours * 2) / 2} heure/semaine`,
        }),
    ...(situation.apprentice ? { 'salarié . contrat': "'apprentissage'" } : {}),
  });
  const value = (rule: string) => {
    const result = run.evaluate({ valeur: rule, unité: '€/an' }).nodeValue;
    return typeof result === 'number' && Number.isFinite(result) ? result : 0;
  };
  const total = value('salarié . coût total employeur');
  if (total <= 0) throw new Error(`modele-social gave no employer cost for ${keyOf(situation)}`);
  const families = emptyFamilies();
  for (const [family, names] of Object.entries(FAMILY_RULES) as [CostFamily, string[]][]) {
    families[family] = names.reduce((sum, name) => sum + value(name), 0);
  }
  // The transport levy is part of "autres employeur" in the engine: shown apart, counted once.
  families.other = Math.max(0, families.other - families.transport);
  const firstYearAid = value('salarié . coût total employeur . aides');
  return {
    // `coût total employeur` is net of the aid; the model spreads the aid over the first year only.
    total: total + firstYearAid,
    gross: value('salarié . rémunération . brut'),
    families,
    reductions: value('salarié . cotisations . exonérations . employeur'),
    firstYearAid,
  };
}

/** Whether a situation is already memoised (the service warms missing ones between requests). */
export function isFrenchCostCached(situation: PayrollSituation): boolean {
  return cache.has(keyOf(situation));
}

/** Annual employer cost in euros of one French contract, memoised by situation. */
export const frenchEmployerCost: EmployerCost = (situation) => {
  const key = keyOf(situation);
  const cached = cache.get(key);
  if (cached) return cached;
  const result = evaluateSituation(situation);
  if (cache.size >= MAX_CACHE) cache.delete(cache.keys().next().value ?? key);
  cache.set(key, result);
  return result;
};

/** The French minimum wage (SMIC) in the engine's rules: hourly and monthly gross, in euros. */
export function frenchMinimumWage(): { hourly: number; monthly: number } {
  const run = getEngine().setSituation({});
  const hourly = run.evaluate({ valeur: 'SMIC . horaire', unité: '€/heure' }).nodeValue;
  const monthly = run.evaluate({ valeur: 'SMIC', unité: '€/mois' }).nodeValue;
  if (typeof hourly !== 'number' || typeof monthly !== 'number') {
    throw new Error('modele-social gave no SMIC');
  }
  return { hourly, monthly };
}
