import { base, en, Faker } from "@faker-js/faker";

// One generator per kind of row, each from the fixed seed: the rows of one kind
// stay the same when another kind's size changes.
export function fakerFor(seed: number, stream: number): Faker {
  const faker = new Faker({ locale: [en, base] });
  faker.seed([seed, stream]);
  return faker;
}

export const streams = { organisations: 1, workshops: 2, recommendations: 3, projects: 4, endorsements: 5 };

const DAY = 86_400_000;
// "Now" for the synthetic data: fixed, so reruns on another day give the same rows.
export const LATEST = new Date("2026-11-01T00:00:00Z");
export const earliest = (a: Date, b: Date) => (a < b ? a : b);
export const addDays = (date: Date, days: number) => new Date(date.getTime() + days * DAY);

// Whole days between two dates, so stored dates carry no stray milliseconds.
export function dayBetween(faker: Faker, from: Date, to: Date): Date {
  const days = Math.floor((to.getTime() - from.getTime()) / DAY);
  return addDays(from, faker.number.int({ min: 0, max: Math.max(0, days) }));
}

// A moment between two dates, to the second.
export function momentBetween(faker: Faker, from: Date, to: Date): Date {
  const seconds = Math.floor((to.getTime() - from.getTime()) / 1000);
  return new Date(from.getTime() + faker.number.int({ min: 0, max: Math.max(0, seconds) }) * 1000);
}

export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

// Splits `total` into whole shares proportional to `weights`, none above `cap`:
// shares over the cap are clipped and the rest goes to the others, so the sum is exact.
export function allocate(total: number, weights: number[], cap: number): number[] {
  if (total > cap * weights.length)
    throw new Error(`${total} endorsements cannot fit ${weights.length} entries at ${cap} each`);
  const shares = new Array<number>(weights.length).fill(0);
  let open = weights.map((_, i) => i);
  let left = total;
  while (left > 0 && open.length) {
    const sum = open.reduce((acc, i) => acc + weights[i], 0);
    const exact = open.map((i) => (left * weights[i]) / sum);
    let given = 0;
    open.forEach((i, j) => {
      const add = Math.min(Math.floor(exact[j]), cap - shares[i]);
      shares[i] += add;
      given += add;
    });
    // The remainder, one each by largest fraction, keeps the sum exact.
    const byFraction = open
      .map((i, j) => [i, exact[j] - Math.floor(exact[j])] as const)
      .sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    for (const [i] of byFraction) {
      if (given >= left) break;
      if (shares[i] < cap) {
        shares[i]++;
        given++;
      }
    }
    left -= given;
    open = open.filter((i) => shares[i] < cap);
  }
  return shares;
}
