// Activity shades (shade-0 to shade-4 in app/globals.css): none, then up to four classes
// split at the quartiles of the partners that have any, so the map reads the same at any scale.

// A class covers from..upTo projects (0..0: none); the map components name it in the viewer's language.
export type ActivityClass = { index: number; from: number; upTo: number };

export function activityClasses(counts: number[]): ActivityClass[] {
  const active = counts.filter((count) => count > 0).sort((a, b) => a - b);
  const classes: ActivityClass[] = [{ index: 0, from: 0, upTo: 0 }];
  if (!active.length) return classes;
  const quartiles = [0.25, 0.5, 0.75, 1].map((q) => active[Math.ceil(q * active.length) - 1]);
  let from = 1;
  for (const upTo of new Set(quartiles)) {
    if (upTo < from) continue;
    classes.push({ index: classes.length, from, upTo });
    from = upTo + 1;
  }
  // The colours spread over however many classes there are.
  return classes.map((c, i) => ({ ...c, index: i === 0 ? 0 : Math.round((i * 4) / (classes.length - 1)) }));
}

export function activityClassOf(count: number, classes: ActivityClass[]): ActivityClass {
  return classes.find((c) => count <= c.upTo) ?? classes[classes.length - 1];
}
