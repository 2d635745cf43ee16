/**
 * A small, fast, seeded pseudo-random generator (sfc32, seeded through splitmix32) and the draws the
 * generator needs. Every random choice in a synthetic council comes from one of these, so a seed
 * reproduces the council exactly.
 */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number | string) {
    let s = typeof seed === 'number' ? seed >>> 0 : hashString(seed);
    const next = (): number => {
      // splitmix32: spreads a small seed over the four state words.
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
    for (let i = 0; i < 12; i++) this.next();
  }

  /** A float in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** An integer in [min, max] inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** Picks by weight from [item, weight] pairs. */
  weighted<T>(choices: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, w] of choices) total += w;
    let r = this.next() * total;
    for (const [item, w] of choices) {
      r -= w;
      if (r < 0) return item;
    }
    return choices[choices.length - 1]![0];
  }

  /** Exponential with the given mean. */
  exponential(mean: number): number {
    return -Math.log(1 - this.next()) * mean;
  }

  /** Standard normal (Box-Muller). */
  normal(mean = 0, sd = 1): number {
    const u = 1 - this.next();
    const v = this.next();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** Poisson count with the given mean (Knuth for small means, normal approximation above 50). */
  poisson(mean: number): number {
    if (mean <= 0) return 0;
    if (mean > 50) return Math.max(0, Math.round(this.normal(mean, Math.sqrt(mean))));
    const limit = Math.exp(-mean);
    let k = 0;
    let p = this.next();
    while (p > limit) {
      k++;
      p *= this.next();
    }
    return k;
  }

  /** A 32-bit integer, to seed another generator (e.g. faker) from this one. */
  seed32(): number {
    return Math.floor(this.next() * 4294967296);
  }
}

/** FNV-1a hash of a string, so text seeds work too. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * A share that comes out exactly: `hit(p)` is true for a proportion p of calls, spread evenly (error
 * diffusion) rather than drawn independently. Calibrated proportions (repeat plans, re-referrals, long
 * plans) use it so a small council's figures are not swamped by sampling noise.
 */
export class Share {
  private credit: number;

  constructor(random: Random) {
    this.credit = random.next();
  }

  hit(p: number): boolean {
    this.credit += p;
    if (this.credit >= 1) {
      this.credit -= 1;
      return true;
    }
    return false;
  }
}

/** Smooth weighted round robin: picks each choice in proportion to its weight, evenly interleaved. */
export class RoundRobin<T> {
  private credits = new Map<T, number>();

  pick(choices: readonly (readonly [T, number])[]): T {
    let total = 0;
    let best: T | undefined;
    let bestCredit = -Infinity;
    for (const [item, weight] of choices) {
      total += weight;
      const credit = (this.credits.get(item) ?? 0) + weight;
      this.credits.set(item, credit);
      if (credit > bestCredit) {
        bestCredit = credit;
        best = item;
      }
    }
    this.credits.set(best!, bestCredit - total);
    return best!;
  }
}
