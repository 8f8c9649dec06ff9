/**
 * The provisions a recommendation rests on (`provisions` in content/recommendations/<ID>.md, written
 * "Smuggling of Migrants Protocol, art. 3(a)") in the language of the page: the instrument's short title
 * in that language and the article in its notation ("Protocole relatif au trafic illicite de migrants,
 * art. 3(a)", «بروتوكول تهريب المهاجرين، المادة 3(a)»). English pages show them as written.
 */
import { t } from '#src/i18n/index.ts';
import { currentLang, defaultLang } from '#src/i18n/language.ts';
import type { InstrumentId } from '#src/schemas/common.ts';

/** The instrument names a recommendation's provisions use, and the instrument each one is. */
export const PROVISION_INSTRUMENTS: Readonly<Record<string, InstrumentId>> = {
  'Smuggling of Migrants Protocol': 'som-protocol',
  'Trafficking in Persons Protocol': 'tip-protocol',
  'UN Convention against Transnational Organized Crime': 'untoc',
};

/**
 * `provision` in the language of the page; `shortTitle` gives an instrument's short title in that
 * language. Throws naming `file` when the provision is not "<instrument>, art. <article>" with a known
 * instrument, since it could not be shown in another language.
 */
export function provisionInLanguage(provision: string, shortTitle: (id: InstrumentId) => string, file: string): string {
  const match = /^(.+), art\. (\S.*)$/.exec(provision);
  const instrument = match ? PROVISION_INSTRUMENTS[match[1] as string] : undefined;
  if (!match || !instrument)
    throw new Error(
      `${file}: the provision "${provision}" must read "<instrument>, art. <article>" with one of ${Object.keys(PROVISION_INSTRUMENTS).join(', ')} (src/lib/report/provisions.ts), so that French and Arabic pages can show it`,
    );
  if (currentLang() === defaultLang) return provision;
  return t('recommendation.provision', { instrument: shortTitle(instrument), article: match[2] as string });
}
