// Writes prisma/data/city-coordinates.json: a GeoNames point for each ECoC and CCEA
// city, from npm packages (scripts/city-coordinates/match.ts says how).
// Run: npx tsx scripts/city-coordinates.ts
import fs from "node:fs";
import path from "node:path";
import { referenceCityCoordinates } from "./city-coordinates/build";

const file = path.join(import.meta.dirname, "..", "prisma", "data", "city-coordinates.json");
const data = await referenceCityCoordinates();
fs.writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
const placed = data.cities.filter((city) => city.latitude !== null).length;
console.log(
  `${placed} of ${data.cities.length} cities placed; written to ${path.relative(process.cwd(), file)}`,
);
