/**
 * Writes tests/fixtures/terms-to-review.json: every French and Arabic glossary term whose wording rests on
 * a secondary source or is the web edition's own translation, for a reviewer. Run after changing a
 * translated term's `termSource`: npm run terms-to-review
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { TERMS_TO_REVIEW_FILE, termsToReviewJson } from '#src/lib/glossary/terms-to-review.ts';

writeFileSync(resolve(TERMS_TO_REVIEW_FILE), termsToReviewJson());
console.log(`Wrote ${TERMS_TO_REVIEW_FILE}.`);
