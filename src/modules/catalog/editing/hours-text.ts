/**
 * Opening hours as staff type them: `9–12, 17.30–19` for one weekday (empty: closed), the way
 * Finnish signs write them. Dots or colons, hours with or without minutes, any dash.
 */

export interface Interval {
  opens: string;
  closes: string;
}

const TIME = /^([01]?\d|2[0-4])(?:[.:]([0-5]\d))?$/;

function parseTime(text: string): string | null {
  const match = TIME.exec(text.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = match[2] ?? '00';
  if (hours === 24 && minutes !== '00') return null;
  // 24:00 ends a day; PostgreSQL's time type holds it.
  return `${String(hours).padStart(2, '0')}:${minutes}`;
}

/** The intervals of one day, in order and not overlapping; null when the text is not hours. */
export function parseDayHours(text: string): Interval[] | null {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  const intervals: Interval[] = [];
  for (const part of trimmed.split(/[,;]/)) {
    const ends = part.split(/\s*[-–—]\s*/);
    if (ends.length !== 2) return null;
    const opens = parseTime(ends[0]!);
    const closes = parseTime(ends[1]!);
    if (!opens || !closes || opens >= closes) return null;
    intervals.push({ opens, closes });
  }
  intervals.sort((a, b) => a.opens.localeCompare(b.opens));
  for (let i = 1; i < intervals.length; i++) if (intervals[i]!.opens < intervals[i - 1]!.closes) return null;
  return intervals;
}

const shortTime = (time: string) => {
  const [h, m] = time.slice(0, 5).split(':');
  return m === '00' ? String(Number(h)) : `${Number(h)}.${m}`;
};

/** The same day's intervals written back the way parseDayHours reads them. */
export function formatDayHours(intervals: readonly Interval[]): string {
  return intervals.map((i) => `${shortTime(i.opens)}–${shortTime(i.closes)}`).join(', ');
}
