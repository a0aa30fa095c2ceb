import { ASSUMPTION_KEYS, SourcingInputSchema } from '../../domain/sourcing/input.ts';
import type {
  AssumptionKey,
  AssumptionOverrides,
  Country,
  SourcingInput,
  SourcingInputDraft,
} from '../../domain/sourcing/input.ts';

/** An editable assumption in one country: wording, unit, source and sourced default. */
export interface AssumptionFieldVariant {
  label: string;
  unit: string;
  /** Source name and year, shown under the field. */
  source: string;
  value: number;
}

/** An editable assumption as the form shows it, per country. */
export interface AssumptionField {
  key: AssumptionKey;
  byCountry: Record<Country, AssumptionFieldVariant>;
}

/** Every assumption at the country's sourced default. */
export function defaultAssumptionValues(
  fields: readonly AssumptionField[],
  country: Country,
): AssumptionOverrides {
  return Object.fromEntries(fields.map((field) => [field.key, field.byCountry[country].value]));
}

/** Form values for an input: every assumption filled in, edited ones with the person's value. */
export function toFormValues(
  input: SourcingInput,
  fields: readonly AssumptionField[],
): SourcingInputDraft {
  return {
    ...input,
    assumptions: { ...defaultAssumptionValues(fields, input.country), ...input.assumptions },
  };
}

/** Keeps only the assumptions that differ from the sourced default: what the link must carry. */
export function keepEditedAssumptions(
  input: SourcingInput,
  fields: readonly AssumptionField[],
): SourcingInput {
  const defaults = defaultAssumptionValues(fields, input.country);
  const edited = Object.fromEntries(
    ASSUMPTION_KEYS.flatMap((key) => {
      const value = input.assumptions[key];
      return value === undefined || value === defaults[key] ? [] : [[key, value]];
    }),
  );
  return { ...input, assumptions: edited };
}

/** The defaults of every input, as the form starts. */
export const DEFAULT_INPUT: SourcingInput = SourcingInputSchema.parse({});
