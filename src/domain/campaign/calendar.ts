/**
 * Calendar arithmetic of the campaign's dates, in UTC: months added as people count them, and the
 * day of an instant.
 */

/**
 * Adds calendar months in UTC; a day that does not exist in the target month falls back to the
 * month's last day (31 January + 1 month = 28 or 29 February) instead of rolling into March, which
 * would keep the data a few days longer than the period allows.
 */
export function addMonths(from: Date | string, months: number): Date {
  const start = new Date(from);
  const target = new Date(
    Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + months, 1, 0, 0, 0, 0),
  );
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(start.getUTCDate(), lastDay));
  target.setUTCHours(
    start.getUTCHours(),
    start.getUTCMinutes(),
    start.getUTCSeconds(),
    start.getUTCMilliseconds(),
  );
  return target;
}

/** The UTC day of an instant, `YYYY-MM-DD`. */
export function utcDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** The instant a day (`YYYY-MM-DD`) is over: midnight UTC at the start of the next day. */
export function endOfDay(day: string): Date {
  const end = new Date(`${day}T00:00:00.000Z`);
  end.setUTCDate(end.getUTCDate() + 1);
  return end;
}
