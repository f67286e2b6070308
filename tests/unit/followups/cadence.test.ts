import { describe, expect, it } from 'vitest';
import { datesIn, readCadence } from '../../../utils/core/followups/cadence';
import { CATEGORY_DEFAULTS } from '../../../utils/core/rewrite/compose/defaults-en';
import { DEFAULTS_DE, DEFAULTS_ES, DEFAULTS_FR } from '../../../utils/core/rewrite/compose/defaults-intl';

const sentOn = '2026-11-30'; // a Monday
const read = (text: string, deadlines = '') => readCadence(text, { sentOn, deadlines });

describe('reading the report cadence', () => {
  it.each([
    ['Weekly, on Fridays', 'weekly', [5]],
    ['Every Friday', 'weekly', [5]],
    ['weekly email every Monday', 'weekly', [1]],
    ['Once a week, end of the week', 'weekly', [5]],
    ['On Tuesdays and Thursdays', 'weekly', [2, 4]],
    ['Daily', 'weekly', [1, 2, 3, 4, 5]],
    ['every two weeks on Wednesday', 'biweekly', [3]],
    ['Fortnightly, Fridays', 'biweekly', [5]],
    ['Every other week (Thu)', 'biweekly', [4]],
    ['Bi-weekly on mondays', 'biweekly', [1]],
  ])('%s → %s on %j', (text, cadence, days) => {
    const r = read(text);
    expect(r.problem).toBeUndefined();
    expect(r.cadence).toBe(cadence);
    expect(r.weekdays).toEqual(days);
    expect(r.assumed).toEqual([]);
  });

  it('says which day it chose when none is named', () => {
    const r = read('Weekly');
    expect(r).toMatchObject({ cadence: 'weekly', weekdays: [5] });
    expect(r.assumed.join(' ')).toMatch(/No day is named: reports due on Fridays/);
    expect(read('Twice a week while hiring')).toMatchObject({ cadence: 'weekly', weekdays: [2, 5] });
    expect(read('every two weeks').assumed.join(' ')).toMatch(/Fridays/);
  });

  it('"month" is not Monday', () => {
    // Sent on the 30th: a day short months lack, so the last day of each month.
    expect(read('Monthly')).toMatchObject({ cadence: 'monthly', weekdays: [], monthDay: -1 });
    expect(read('Monthly').assumed.join(' ')).toMatch(/last day of each month/);
    expect(readCadence('Monthly', { sentOn: '2026-12-09' })).toMatchObject({ monthDay: 9 });
    expect(readCadence('Monthly', { sentOn: '2026-12-09' }).assumed.join(' ')).toMatch(/9th, the day it was sent/);
    expect(read('monthly on the 31st')).toMatchObject({ monthDay: -1 });
    expect(read('monthly on the 31st').assumed.join(' ')).toMatch(/31st is read as the last day/);
    expect(read('On the 1st of every month')).toMatchObject({ cadence: 'monthly', monthDay: 1, assumed: [] });
    expect(read('monthly, on the 15th')).toMatchObject({ cadence: 'monthly', monthDay: 15 });
    expect(read('At the end of each month')).toMatchObject({ cadence: 'monthly', monthDay: -1 });
    expect(read('once a month')).toMatchObject({ cadence: 'monthly' });
  });

  it('milestones take their dates from the deadlines, and the halfway point from sending to the deadline', () => {
    expect(read('At each milestone', 'Logo concepts by 7 December\nFinal files by 2026-12-21')).toMatchObject({
      cadence: 'milestones',
      dates: ['2026-12-07', '2026-12-21'],
    });
    const half = read('At the halfway point and on delivery', 'Delivered by 20 December');
    expect(half).toMatchObject({ cadence: 'milestones', dates: ['2026-12-10', '2026-12-20'] });
    expect(half.assumed.join(' ')).toMatch(/halfway/);
    const none = read('At each milestone');
    expect(none).toMatchObject({ cadence: 'milestones', dates: [] });
    expect(none.assumed.join(' ')).toMatch(/add the dates/);
  });

  it('on completion is due on the last deadline', () => {
    expect(read("When it's done", 'By Friday')).toMatchObject({ cadence: 'completion', dates: ['2026-12-04'] });
    expect(read('On completion', 'Book by Dec 12th')).toMatchObject({ cadence: 'completion', dates: ['2026-12-12'] });
    expect(read('once it is finished').cadence).toBe('completion');
    expect(read('On completion').assumed.join(' ')).toMatch(/No deadline/);
  });

  it('a recurring rhythm wins over a final report', () => {
    expect(read('On completion, then weekly while the work goes on')).toMatchObject({ cadence: 'weekly' });
  });

  it('asks instead of guessing', () => {
    expect(read('').problem).toMatch(/does not say how often/);
    expect(read('   ').problem).toMatch(/does not say how often/);
    expect(read('Whenever something changes').problem).toMatch(/“Whenever something changes”.*Choose/);
    expect(read('Weekly or monthly, your call').problem).toMatch(/more than one rhythm/);
    expect(read('Weekly or monthly, your call').cadence).toBeUndefined();
  });

  it('reads every cadence the category presets write', () => {
    for (const [category, d] of Object.entries(CATEGORY_DEFAULTS)) {
      const r = read(d.reportCadence ?? '', 'Due 20 December');
      expect(r.problem, `${category}: ${d.reportCadence}`).toBeUndefined();
      expect(r.cadence, category).toBeDefined();
    }
  });
});

describe('report cadences written in German, Spanish and French', () => {
  it.each([
    ['Wöchentlich', 'weekly', [5]],
    ['Semanal', 'weekly', [5]],
    ['Hebdomadaire', 'weekly', [5]],
    ['Chaque semaine', 'weekly', [5]],
    ['Jeden Freitag', 'weekly', [5]],
    ['Freitags', 'weekly', [5]],
    ['Cada viernes', 'weekly', [5]],
    ['Los lunes y jueves', 'weekly', [1, 4]],
    ['Chaque lundi', 'weekly', [1]],
    ['Le mardi et le vendredi', 'weekly', [2, 5]],
    ['Wöchentlich am Mittwoch', 'weekly', [3]],
    ['Täglich', 'weekly', [1, 2, 3, 4, 5]],
    ['Diario', 'weekly', [1, 2, 3, 4, 5]],
    ['Quotidien', 'weekly', [1, 2, 3, 4, 5]],
    ['Todos los días', 'weekly', [1, 2, 3, 4, 5]],
    ['Zweimal pro Woche während der Suche', 'weekly', [2, 5]],
    ['Dos veces por semana durante la búsqueda', 'weekly', [2, 5]],
    ['Deux fois par semaine pendant le recrutement', 'weekly', [2, 5]],
    ['Alle zwei Wochen, freitags', 'biweekly', [5]],
    ['Cada dos semanas', 'biweekly', [5]],
    ['Quincenal', 'biweekly', [5]],
    ['Toutes les deux semaines', 'biweekly', [5]],
  ])('%s → %s on %j', (text, cadence, days) => {
    const r = read(text);
    expect(r.problem).toBeUndefined();
    expect(r.cadence).toBe(cadence);
    expect(r.weekdays).toEqual(days);
  });

  it('reads monthly rhythms and the day of the month', () => {
    expect(read('Monatlich')).toMatchObject({ cadence: 'monthly', monthDay: -1 });
    expect(read('Mensual')).toMatchObject({ cadence: 'monthly' });
    expect(read('Mensuel')).toMatchObject({ cadence: 'monthly' });
    expect(read('Monatlich am 15.')).toMatchObject({ cadence: 'monthly', monthDay: 15, assumed: [] });
    expect(read('Cada mes, el día 5')).toMatchObject({ cadence: 'monthly', monthDay: 5, assumed: [] });
    expect(read('Chaque mois, le 10')).toMatchObject({ cadence: 'monthly', monthDay: 10, assumed: [] });
    expect(read('Zum Monatsende')).toMatchObject({ cadence: 'monthly', monthDay: -1 });
    expect(read('A fin de mes')).toMatchObject({ cadence: 'monthly', monthDay: -1 });
    expect(read('À la fin du mois')).toMatchObject({ cadence: 'monthly', monthDay: -1 });
  });

  it('reads completion and milestones, with deadlines written in the same language', () => {
    expect(read('Bei Abschluss', 'Bis 5. Dezember')).toMatchObject({ cadence: 'completion', dates: ['2026-12-05'] });
    expect(read('Al terminar', 'Hasta el 12 de diciembre')).toMatchObject({ cadence: 'completion', dates: ['2026-12-12'] });
    expect(read('À la fin', 'Avant le 18 décembre')).toMatchObject({ cadence: 'completion', dates: ['2026-12-18'] });
    expect(read('Una vez terminado').cadence).toBe('completion');
    expect(read('Zur Hälfte und bei Abgabe', 'Bis 20. Dezember')).toMatchObject({ cadence: 'milestones', dates: ['2026-12-10', '2026-12-20'] });
    expect(read('A mitad de camino y en la entrega', 'Hasta el 20 de diciembre')).toMatchObject({ cadence: 'milestones', dates: ['2026-12-10', '2026-12-20'] });
    expect(read('À mi-parcours et à la livraison', 'Avant le 20 décembre')).toMatchObject({ cadence: 'milestones', dates: ['2026-12-10', '2026-12-20'] });
    expect(read('Bei Lieferung jeder Datei').cadence).toBe('milestones');
  });

  it('reads every cadence the German, Spanish and French presets write', () => {
    for (const table of [DEFAULTS_DE, DEFAULTS_ES, DEFAULTS_FR]) {
      for (const [category, d] of Object.entries(table)) {
        const r = read(d.reportCadence ?? '', 'Due 20 December');
        expect(r.problem, `${category}: ${d.reportCadence}`).toBeUndefined();
        expect(r.cadence, `${category}: ${d.reportCadence}`).toBeDefined();
      }
    }
  });

  it('still asks when a foreign text names no rhythm', () => {
    expect(read('Wenn sich etwas ändert').problem).toMatch(/Choose/);
    expect(read('Cuando haya novedades').problem).toMatch(/Choose/);
  });
});

describe('dates in deadline text', () => {
  it('finds German, Spanish and French dates and weekdays', () => {
    expect(datesIn('bis 5. Januar 2027', sentOn)).toEqual(['2027-01-05']);
    expect(datesIn('am 3. Juni', sentOn)).toEqual(['2027-06-03']);
    expect(datesIn('el 3 de junio', sentOn)).toEqual(['2027-06-03']);
    expect(datesIn('le 1er décembre', sentOn)).toEqual(['2026-12-01']);
    expect(datesIn('bis Freitag', sentOn)).toEqual(['2026-12-04']);
    expect(datesIn('antes del viernes', sentOn)).toEqual(['2026-12-04']);
    expect(datesIn("d'ici vendredi", sentOn)).toEqual(['2026-12-04']);
  });

  it('finds ISO dates, day-month and month-day, next weekday and the next "the 5th"', () => {
    expect(datesIn('2027-01-15; 5 Dec; January 3rd, 2027; by Friday; by the 5th', sentOn)).toEqual([
      '2026-12-04',
      '2026-12-05',
      '2027-01-03',
      '2027-01-15',
    ]);
    // A date without a year that has passed this year is next year's.
    expect(datesIn('by 3 March', sentOn)).toEqual(['2027-03-03']);
    expect(datesIn('31 February', sentOn)).toEqual([]);
  });
});
