import { describe, expect, test } from 'vitest';
import world from 'world-atlas/countries-110m.json';
import { loadDatasets } from '#src/lib/data/datasets.ts';
import { aliases, notStates, stateByIso3, stateOfName, states, statesInPlace, textNames } from './names.ts';
import { placeColumns } from './data.ts';

/** Every value of a 'cell' place column, in every released version of every dataset. */
function placeNames(): Map<string, string[]> {
  const names = new Map<string, string[]>();
  for (const dataset of loadDatasets()) {
    const spec = placeColumns[dataset.meta.id];
    if (!spec || spec.match !== 'cell') continue;
    for (const version of dataset.versions) {
      for (const row of version.data) {
        for (const column of spec.columns) {
          const cell = row[column];
          if (typeof cell !== 'string') continue;
          for (const part of cell.split(' / ')) {
            const where = `${dataset.meta.id} ${version.version} ${column}`;
            names.set(part, [...(names.get(part) ?? []), where]);
          }
        }
      }
    }
  }
  return names;
}

describe('place names in the data', () => {
  const names = placeNames();

  test('every name maps to exactly one State or is a listed non-State name', () => {
    const problems: string[] = [];
    for (const [name, where] of names) {
      const asState = states.filter((s) => s.name === name).length + (Object.hasOwn(aliases, name) ? 1 : 0);
      const asOther = notStates.includes(name) ? 1 : 0;
      if (asState + asOther !== 1)
        problems.push(`${name} (${where[0]}): ${asState} State matches, ${asOther} non-State matches`);
    }
    expect(problems).toEqual([]);
  });

  test('the names that are not States are these, and no page is made for them', () => {
    const skipped = [...names.keys()].filter((name) => stateOfName(name) === null).sort();
    expect(skipped).toEqual(
      [
        // Nationality rows (top-nationalities): Frontex's categories for an unknown nationality.
        'Not specified',
        'Unknown',
        'Unspecified sub-Saharan nationals',
        // Treaty rows about the treaty as a whole.
        'All States',
        // Fee rows (smuggling-fees): regions, groups and a territory.
        'Africa (not specified)',
        'Europe',
        'European Union',
        'Horn of Africa',
        'West Africa',
        'West and Central Africa',
        'Western Sahara',
        'various',
      ].sort(),
    );
  });

  test('every State in the table and every alias is used by the data (no hand-added country)', () => {
    const used = new Set([...names.keys()].flatMap((name) => statesInPlace(name).map((s) => s.iso3)));
    expect(states.filter((s) => !used.has(s.iso3)).map((s) => s.name)).toEqual([]);
    expect(Object.keys(aliases).filter((alias) => !names.has(alias))).toEqual([]);
  });

  test('a name in no list stops the build', () => {
    expect(() => stateOfName('Atlantis')).toThrow(/neither a State/);
  });
});

describe('codes', () => {
  test('alpha-3 and numeric codes are unique', () => {
    expect(new Set(states.map((s) => s.iso3)).size).toBe(states.length);
    expect(new Set(states.map((s) => s.numeric)).size).toBe(states.length);
  });

  test('each numeric code is the shape of that country on the world map, or the country is too small to be drawn', () => {
    const shapes = new Map(
      (
        world as unknown as { objects: { countries: { geometries: { id: string; properties: { name: string } }[] } } }
      ).objects.countries.geometries.map((g) => [g.id, g.properties.name]),
    );
    const mismatched = states
      .filter((s) => shapes.has(s.numeric) && shapes.get(s.numeric) !== s.name)
      .map((s) => `${s.name}: map shape ${s.numeric} is ${shapes.get(s.numeric)}`);
    expect(mismatched).toEqual([]);
    expect(states.filter((s) => !shapes.has(s.numeric)).map((s) => s.name)).toEqual(['Malta']);
  });

  test('compound cells give each State once; an unknown code throws', () => {
    expect(statesInPlace('Morocco / Algeria').map((s) => s.iso3)).toEqual(['MAR', 'DZA']);
    expect(statesInPlace('Mauritania / Western Sahara').map((s) => s.iso3)).toEqual(['MRT']);
    expect(statesInPlace('Italy / Europe').map((s) => s.iso3)).toEqual(['ITA']);
    expect(statesInPlace('Agadez (Niger)').map((s) => s.iso3)).toEqual(['NER']);
    expect(statesInPlace('West and Central Africa')).toEqual([]);
    expect(stateByIso3('tun').name).toBe('Tunisia');
    expect(() => stateByIso3('XXX')).toThrow(/No State/);
  });
});

describe('textNames', () => {
  test('finds a State as a whole word only', () => {
    const niger = stateByIso3('NER');
    const nigeria = stateByIso3('NGA');
    const tramadol = 'particularly between northern Niger and southern Libya, or between Nigeria and Libya';
    expect(textNames(tramadol, niger)).toBe(true);
    expect(textNames(tramadol, nigeria)).toBe(true);
    expect(textNames('between Nigeria and Libya', niger)).toBe(false);
    expect(textNames('departures from North Africa', stateByIso3('TUN'))).toBe(false);
    expect(textNames("Côte d'Ivoire, Guinea", stateByIso3('CIV'))).toBe(true);
  });
});
