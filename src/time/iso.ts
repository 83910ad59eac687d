import type { Unit } from './sem.js';

/** Units as ISO 8601 duration designators, with how many of the base designator one unit is. */
const DESIGNATOR: Record<Unit, { d: string; time: boolean; times: number }> = {
  day: { d: 'D', time: false, times: 1 },
  week: { d: 'W', time: false, times: 1 },
  month: { d: 'M', time: false, times: 1 },
  year: { d: 'Y', time: false, times: 1 },
  hour: { d: 'H', time: true, times: 1 },
  minute: { d: 'M', time: true, times: 1 },
  second: { d: 'S', time: true, times: 1 },
  decade: { d: 'Y', time: false, times: 10 },
  century: { d: 'Y', time: false, times: 100 },
  fortnight: { d: 'W', time: false, times: 2 },
  weekend: { d: 'D', time: false, times: 2 },
  quarter: { d: 'M', time: false, times: 3 },
  semester: { d: 'M', time: false, times: 6 },
};

/** Halves that are whole in the next smaller unit: "un año y medio" is P1Y6M, "una hora y media" PT1H30M. */
const HALF: Partial<Record<Unit, [string, number, boolean]>> = {
  year: ['M', 6, false],
  day: ['H', 12, true],
  hour: ['M', 30, true],
  minute: ['S', 30, true],
};

/** n units as an ISO 8601 duration: P2W, PT36H, P1Y6M, PT30M, P1.5W. */
export function durationIso(n: number, unit: Unit): string {
  const { d, time, times } = DESIGNATOR[unit];
  const total = n * times;
  const whole = Math.floor(total);
  const half = HALF[unit];
  if (total !== whole && total - whole === 0.5 && half && times === 1) {
    const [hd, hn, htime] = half;
    const head = whole ? `${whole}${d}` : '';
    if (time) return `PT${head}${hn}${hd}`;
    return htime ? `P${head}T${hn}${hd}` : `P${head}${hn}${hd}`;
  }
  const amount = Number.isInteger(total) ? String(total) : String(Math.round(total * 100) / 100);
  return time ? `PT${amount}${d}` : `P${amount}${d}`;
}
