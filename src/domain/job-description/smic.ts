/**
 * The French minimum wage (SMIC), gross per hour in mainland France, by the date it took effect.
 * Copied from URSSAF's rules engine (npm `modele-social` 11.1.0, rule « SMIC . horaire », the
 * rules the sourcing helper's cost model uses); a unit test reads that package and fails if the
 * two disagree, so an update of the package shows up here. The package itself is too large to ship
 * to the browser, where the checks also run.
 */
export const SMIC_HOURLY: readonly { from: string; eurosPerHour: number }[] = [
  { from: '2026-06-01', eurosPerHour: 12.31 },
  { from: '2026-01-01', eurosPerHour: 12.02 },
  { from: '2024-11-01', eurosPerHour: 11.88 },
  { from: '2024-01-01', eurosPerHour: 11.65 },
  { from: '2023-05-01', eurosPerHour: 11.52 },
  { from: '2023-01-01', eurosPerHour: 11.27 },
];

/** Legal full-time weekly hours in France. */
export const LEGAL_WEEKLY_HOURS = 35;

/** The SMIC in force on `day` (`YYYY-MM-DD`), with the date it took effect. */
export function smicOn(day: string): { from: string; eurosPerHour: number } {
  return (
    SMIC_HOURLY.find((entry) => entry.from <= day) ??
    (SMIC_HOURLY.at(-1) as { from: string; eurosPerHour: number })
  );
}
