// d3-geo writes absolute commands ("M412,87L415,90L417,91Z"). Relative steps are a
// digit or two each, which halves the map's path data. The first move stays absolute,
// so that paths joined into one (the land behind the partners) start where they should.
export function compactPath(d: string): string {
  let out = "";
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  let previous = "";
  const join = (a: number, b: number) => `${a}${b < 0 ? "" : ","}${b}`;
  for (const [, command, args] of d.matchAll(/([MLZ])([^MLZ]*)/gi)) {
    const upper = command.toUpperCase();
    if (upper === "Z") {
      out += "z";
      x = startX;
      y = startY;
      previous = "z";
      continue;
    }
    const numbers = args
      .split(/[\s,]+|(?=-)/)
      .filter(Boolean)
      .map(Number);
    for (let i = 0; i + 1 < numbers.length; i += 2) {
      const [nx, ny] = [numbers[i], numbers[i + 1]];
      const first = out === "";
      const step = first ? join(nx, ny) : join(nx - x, ny - y);
      const letter = first ? "M" : upper === "M" && i === 0 ? "m" : "l";
      out += letter === previous ? `${step.startsWith("-") ? "" : ","}${step}` : `${letter}${step}`;
      // Pairs after a relative moveto are relative linetos: "m412,87,3,3"; after the
      // absolute first one they would be absolute, so a relative step starts with "l".
      previous = letter === "m" ? "l" : letter;
      x = nx;
      y = ny;
      if (upper === "M" && i === 0) [startX, startY] = [nx, ny];
    }
  }
  return out;
}
