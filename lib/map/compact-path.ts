// d3-geo writes absolute commands ("M412,87L415,90L417,91Z"). Relative steps are a
// digit or two each, which halves the map's path data, sent twice in every page
// (as HTML and in the RSC payload).
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
      const step = join(nx - x, ny - y);
      const letter = upper === "M" && i === 0 ? "m" : "l";
      out += letter === previous ? `${step.startsWith("-") ? "" : ","}${step}` : `${letter}${step}`;
      // Pairs after a moveto are linetos: "m412,87,3,3".
      previous = letter === "m" ? "l" : letter;
      x = nx;
      y = ny;
      if (letter === "m") [startX, startY] = [nx, ny];
    }
  }
  return out;
}
