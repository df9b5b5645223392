// The regulator under the 2019 portability rules, as an illustrative trigger: complaints over
// three months reach a threshold while obstruction is in force ⇒ it is voided and fined.

/** How many months of complaints the regulator looks at, and how long an exodus counts after a barrier falls. */
export const COMPLAINT_WINDOW_MONTHS = 3;
export const EXODUS_WINDOW_MONTHS = 3;

export class RegulatorWatch {
  /** The month the regulator acted (0: not yet), and the fine (yuan). */
  month = 0;
  fine = 0;
  /** The highest three-month complaints seen while obstruction was in force, as a share of the threshold. */
  peakShare = 0;
  private readonly recent: number[] = [];

  constructor(
    private readonly threshold: number,
    private readonly fullFine: number,
  ) {}

  /** True from the month after the regulator acted: its order applies from then on. */
  hasActedBefore(month: number): boolean {
    return this.month > 0 && month > this.month;
  }

  /** One month's complaints (per 10,000) and breach (0–1). Acts once, only against obstruction. */
  observe(month: number, complaints: number, breach: number): void {
    this.recent.push(complaints);
    if (this.recent.length > COMPLAINT_WINDOW_MONTHS) this.recent.shift();
    if (this.month > 0 || breach <= 0) return;
    const total = this.recent.reduce((a, b) => a + b, 0);
    this.peakShare = Math.max(this.peakShare, total / this.threshold);
    if (total >= this.threshold) {
      this.month = month;
      this.fine = this.fullFine * breach;
    }
  }
}

/** 1 once the regulator has acted; before that, how near obstruction came to bringing it (0–1). */
export function regulatoryRiskOf(watch: RegulatorWatch): number {
  return watch.month > 0 ? 1 : Math.min(1, watch.peakShare);
}

/** The months 1..T that fall within the window after any of the given months (each counted once). */
export function exodusMonths(fallen: readonly number[], months: number): number[] {
  const inWindow = new Set<number>();
  for (const event of fallen) {
    for (let m = event + 1; m <= Math.min(months, event + EXODUS_WINDOW_MONTHS); m += 1) inWindow.add(m);
  }
  return [...inWindow].sort((a, b) => a - b);
}
