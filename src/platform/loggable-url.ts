/** A URL for a log line: single-use tokens in its query (reset and verification links) are never written down. */
export function loggableUrl(url: string): string {
  try {
    const parsed = new URL(url);
    for (const key of ['token', 'code', 'state']) if (parsed.searchParams.has(key)) parsed.searchParams.set(key, '[redacted]');
    return parsed.toString();
  } catch {
    return '[unparseable url]';
  }
}
