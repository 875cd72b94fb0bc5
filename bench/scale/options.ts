export type ScaleSizes = {
  projects: number;
  organisations: number;
  endorsements: number;
  recommendations: number;
};

// The scale of the largest participation platforms (Decidim Barcelona), per issue 5.
export const FULL_SIZES: ScaleSizes = {
  projects: 100_000,
  organisations: 20_000,
  endorsements: 1_000_000,
  recommendations: 5_000,
};

// Enough rows for every page to paginate, small enough for CI.
export const SMALL_SIZES: ScaleSizes = {
  projects: 2_000,
  organisations: 1_000,
  endorsements: 20_000,
  recommendations: 200,
};

export const SCALE_SEED = 20_101_005;

// Endorsements go to projects, a tenth of them to recommendations.
export const RECOMMENDATION_SHARE = 0.1;

// Reads `--name value` flags; a bare `--name` is true.
export function parseFlags(argv: string[]): Map<string, string | true> {
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    if (!argv[i].startsWith("--")) throw new Error(`Unexpected argument ${argv[i]}`);
    const next = argv[i + 1];
    flags.set(argv[i].slice(2), next === undefined || next.startsWith("--") ? true : (i++, next));
  }
  return flags;
}

export function sizesFrom(flags: Map<string, string | true>, base: ScaleSizes = FULL_SIZES): ScaleSizes {
  const read = (name: keyof ScaleSizes) => {
    const value = flags.get(name);
    if (value === undefined) return base[name];
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed < 0) throw new Error(`--${name} needs a whole number`);
    return parsed;
  };
  const sizes = {
    projects: read("projects"),
    organisations: read("organisations"),
    endorsements: read("endorsements"),
    recommendations: read("recommendations"),
  };
  if (sizes.organisations < 2) throw new Error("--organisations must be at least 2");
  return sizes;
}
