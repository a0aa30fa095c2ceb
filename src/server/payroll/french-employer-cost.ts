import rules from 'modele-social';
import Engine from 'publicodes';
import type { EmployerCost, EmployerCostContext } from '../../domain/sourcing/employer-cost.ts';

/**
 * The French employer cost computed by URSSAF's own open-source rules (`modele-social`, the
 * publicodes model behind mon-entreprise.urssaf.fr): `salarié . coût total employeur` for a gross
 * annual salary, executive status and headcount. The engine takes about half a second to build and
 * ~50 ms per evaluation, so it is built once per process, on first use, and results are cached.
 */
let engine: Engine | undefined;
const cache = new Map<string, number>();

/** Largest number of cached results before the cache is cleared (inputs are few in practice). */
const MAX_CACHE = 2000;

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

/** Annual employer cost in euros of a full-time gross annual salary in France. */
export const frenchEmployerCost: EmployerCost = (
  grossAnnual: number,
  { executive, headcount }: EmployerCostContext,
) => {
  const gross = Math.round(grossAnnual);
  const staff = Math.max(1, Math.round(headcount));
  const key = `${gross}|${executive ? 1 : 0}|${staff}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const result = getEngine()
    .setSituation({
      'salarié . contrat . salaire brut': `${gross} €/an`,
      'salarié . contrat . statut cadre': executive ? 'oui' : 'non',
      'entreprise . salariés . effectif': String(staff),
    })
    .evaluate({ valeur: 'salarié . coût total employeur', unité: '€/an' }).nodeValue;
  if (typeof result !== 'number' || !Number.isFinite(result)) {
    throw new Error(`modele-social gave no employer cost for ${gross} €/an`);
  }
  if (cache.size >= MAX_CACHE) cache.clear();
  cache.set(key, result);
  return result;
};
