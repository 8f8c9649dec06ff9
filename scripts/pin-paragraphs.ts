/**
 * Records the id and text of every published paragraph in tests/fixtures/paragraph-ids.json, which the
 * tests compare with every build. Run after a correction has been recorded in content/updates.yaml:
 *   npm run build:preview && npm run pin-paragraphs
 * Unchanged paragraphs keep their entry; new or changed ones are pinned in the current web edition
 * version. Refuses to drop a published id. Reads dist/report/paragraphs.json (or under OUT_DIR).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { edition } from '#src/lib/site/edition.ts';
import { PINS_FILE, readPublished, repin, type ParagraphPins } from '#src/lib/report/paragraph-pins.ts';

const dist = resolve(process.env.OUT_DIR ?? 'dist');
const listPath = join(dist, 'report', 'paragraphs.json');
if (!existsSync(listPath)) {
  console.error(`No ${listPath}: run npm run build:preview first.`);
  process.exit(1);
}
const published = readPublished(readFileSync(listPath, 'utf8'));
const pinsPath = resolve(PINS_FILE);
const pins: ParagraphPins = existsSync(pinsPath) ? (JSON.parse(readFileSync(pinsPath, 'utf8')) as ParagraphPins) : {};
const { pins: next, problems } = repin(pins, published, edition.version);
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
writeFileSync(pinsPath, `${JSON.stringify(next, null, 2)}\n`);
const changed = Object.keys(next).filter((id) => next[id]?.sha256 !== pins[id]?.sha256);
console.log(
  `Pinned ${Object.keys(next).length} paragraphs in ${PINS_FILE}${changed.length ? `; new or changed in ${edition.version}: ${changed.join(', ')}` : ''}.`,
);
