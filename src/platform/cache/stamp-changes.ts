/**
 * What this process knows of the recent public data versions: which of them only re-stamped
 * services ("still correct": a check date, a modification time; migration 0016), and whose check
 * date they moved. The response cache asks it whether an answer kept at one version still holds
 * at a later one; the version reads feed it, in order, each with the stamp changes since the last.
 */
export class StampChanges {
  /** Every version in (from, upTo] is known: stamp-only when it is in `stamped`, anything otherwise. */
  private from = Number.NaN;
  private upTo = Number.NaN;
  /** The services checked at each stamp-only version, ascending (learned in order): the oldest first. */
  private readonly stamped = new Map<number, readonly string[]>();

  /**
   * @param span how many versions back an answer may be kept across (older ones are re-rendered),
   *   and how many back one read returns stamp changes (after a longer gap it starts over)
   */
  constructor(private readonly span: number) {}

  /** The version after which the next read should return stamp changes; null when none is known yet. */
  knownUpTo(): number | null {
    return Number.isFinite(this.upTo) ? this.upTo : null;
  }

  /** A version read: `data` is the version, `stamped` the stamp-only versions after `knownUpTo()`, up to it. */
  learn(data: number, stamped: readonly { version: number; checked: readonly string[] }[]): void {
    if (!Number.isFinite(data)) return this.forget();
    const known = this.knownUpTo();
    // The first read, a database reset, or a gap longer than one read returns: start from here.
    if (known === null || data < known || data - known >= this.span) {
      this.stamped.clear();
      this.from = data;
      this.upTo = data;
      return;
    }
    for (const change of stamped) if (change.version > known && change.version <= data) this.stamped.set(change.version, change.checked);
    this.upTo = data;
    if (this.upTo - this.from > this.span) {
      this.from = this.upTo - this.span;
      for (const version of this.stamped.keys()) {
        if (version > this.from) break;
        this.stamped.delete(version);
      }
    }
  }

  /** Nothing is known any more (the version row is missing). */
  forget(): void {
    this.stamped.clear();
    this.from = Number.NaN;
    this.upTo = Number.NaN;
  }

  /**
   * Whether every version after `since` up to `until` only re-stamped services, moving the check
   * date of none in `shown`: an answer that showed those services (and of their stamps only the
   * check date) at `since` then says the same at `until`.
   */
  leaveAlone(since: number, until: number, shown: ReadonlySet<string>): boolean {
    if (!(since >= this.from && until <= this.upTo && since < until)) return false;
    for (let version = since + 1; version <= until; version++) {
      const checked = this.stamped.get(version);
      if (!checked) return false;
      for (const service of checked) if (shown.has(service)) return false;
    }
    return true;
  }
}
