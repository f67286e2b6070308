// The writer on tasks shaped like those no rule was tuned to: each block is one kind of defect
// a second, independently written corpus found (welded outcomes, unknown tools and sources, weak
// categories, missed dates), tested on titles written for this file only. A block fails on the
// writer before the change that added it.
import { describe, expect, it } from 'vitest';
import { buildFrame, rewriteTask, verify } from '../../../utils/core/rewrite';
import { checkBrief } from '../../../utils/core/checklist';
import { emptySections } from '../../../utils/core/model/sections';

const write = (title: string, description?: string) => rewriteTask({ title, ...(description ? { description } : {}) });
const checks = (title: string, outcome: string) => verify(buildFrame({ title }), { ...emptySections(), outcome }, { generated: ['outcome'] }).map((f) => f.check);

describe('verify catches garbles by their shape, whatever made them', () => {
  it.each([
    // A separator of the title inside the subject.
    ['Stock take: count the back shelves', 'The stock take: count the back shelves is done.'],
    ['Gym rota – someone needs to cover Monday', 'The gym rota – someone needs is complete, accurate and up to date.'],
    // A state that cannot take the direction after it.
    ['Turn the open-day survey into a chart', 'The open-day survey is ready into a chart: clear and accurate.'],
    ['Put the course feedback into a short report', 'The course feedback is taken care of into a short report.'],
    // An article before a word that cannot follow it.
    ['List of plasterers who work weekends', 'The of plasterers who work weekends are listed.'],
    ['Transcribe Friday’s supplier call', 'The Friday’s supplier call is transcribed.'],
    // Two finite verbs in one clause, a question left inside.
    ['Waiting list emails aren’t sending – someone needs to check the form', 'The waiting list emails aren’t sending is fixed.'],
    ['Allergy labels – can you print them for the deli counter', 'The allergy labels can you print them are ready.'],
  ])('%s', (title, outcome) => {
    expect(checks(title, outcome)).toContain('garble');
  });

  it('catches a word shouted in capitals and a phrase cut at an abbreviation', () => {
    expect(checks('Check the till float EVERY evening', 'The till float is checked EVERY evening.')).toContain('shouted');
    expect(checks('Order the printer toner incl. spare drums', 'The printer toner incl is ordered.')).toContain('garble');
  });

  it('catches garbles in German, Spanish and French templates', () => {
    expect(checks('Newsletter für Mai: Rezepte, Termine und Fotos', 'Ergebnis: Newsletter für Mai: Rezepte erledigt – ohne offene Punkte für mich.')).toContain('garble');
    expect(checks('Folleto de verano: precios y horarios', 'Todo lo relativo a Folleto de verano: precios está listo.')).toContain('garble');
    expect(checks('Tu peux envoyer les devis aux clients ?', 'Je sais tu peux envoyer les devis aux clients.')).toContain('garble');
    expect(checks('Bitte den Monatsbericht schreiben', 'Ergebnis: den Monatsbericht schreiben erledigt.')).toContain('garble');
  });

  it('lets grammatical sentences through', () => {
    expect(checks('Cancel the magazines we never read', 'The magazines we never read are cancelled, confirmed in writing.')).toEqual([]);
    expect(checks('Chart of enquiries by month for the partners', 'A chart of enquiries by month for the partners is ready: clear and accurate.')).toEqual([]);
  });
});

describe('compose keeps the owner’s words in order and places only what fits', () => {
  it('keeps phrases after the verb in the owner’s order', () => {
    expect(write('Update the booking tracker with the cancellations from the hotel portal').sections.outcome).toMatch(
      /^The booking tracker is up to date with the cancellations from the hotel portal,/,
    );
  });
  it('says where a thing was put, and what it was turned into', () => {
    expect(write('Put the June bank statements into the finance folder').sections.outcome).toMatch(/^The June bank statements are in the finance folder\b/);
    expect(write('Turn the tasting-night recording into a short handout').sections.outcome).toMatch(/^The tasting-night recording is turned into a short handout\b/);
    expect(write('Chart of repeat orders vs one-offs per region').sections.outcome).toMatch(/^The chart of repeat orders vs one-offs per region is ready\b/);
  });
  it('reads a title that names a thing before it asks something of it', () => {
    expect(write('Loyalty cards: scan them all into the till system').sections.outcome).toMatch(/^All the loyalty cards are scanned into the till system\b/);
    expect(write('stock register – log the 12 returned kettles').sections.outcome).toMatch(/^The 12 returned kettles are logged in the stock register\b/);
    expect(write('Staff rota - can you put it on the noticeboard').sections.outcome).toMatch(/^The staff rota is on the noticeboard\b/);
    expect(write('Minibus driver for the school trip – can you ring round the agencies?').sections.outcome).toMatch(/^A minibus driver for the school trip is in place\b/);
  });
  it('keeps a short qualifier in brackets and sends details to the brief, not into the sentence', () => {
    expect(write('weekly sales dashboard - garden centre').sections.outcome).toMatch(/^The weekly sales dashboard \(garden centre\) is ready to share\b/);
    const r = write('Autumn brochure – new prices, opening hours, staff photos');
    expect(r.sections.outcome).not.toMatch(/opening hours/);
    expect(r.sections.why).toMatch(/New prices/);
  });
  it('agrees the verb with a relative clause or a possessive before the noun', () => {
    expect(write('Cancel the magazines we never read').sections.outcome).toMatch(/^The magazines we never read are cancelled\b/);
    expect(write("Enter last week's 28 timesheets into Xero").sections.outcome).toMatch(/^Last week's 28 timesheets are entered into Xero\b/);
  });
  it('never lets a state take a phrase it cannot place', () => {
    for (const title of ['Turn the supplier invoices into a monthly chart', 'Make the spring menu into a one-page flyer', 'Put the member survey into slides for the AGM']) {
      expect(write(title).sections.outcome).not.toMatch(/\b(?:ready|taken care of|looked after)\s+into\b/);
    }
  });
});

describe('the plain fallback reads like a person wrote it, and is never called ready', () => {
  it('quotes the owner’s words when no result can be written safely', () => {
    const r = write('Thing with the thing re the other thing, the usual');
    expect(r.outcomeKind).toBe('fallback');
    expect(r.sections.outcome).toMatch(/^Done as asked: “.+”\.$/);
    expect(checkBrief({ title: r.title, sections: r.sections, suggested: r.suggested }).ready).toBe(false);
  });
  it('never leaves a question mark or a trailing separator inside the quote', () => {
    const r = write('Gutter people – are they coming? and the skip?');
    expect(r.sections.outcome).not.toMatch(/\?/);
  });
});

describe('tools and sources found by where they stand, not by a list', () => {
  it.each([
    ['Enter the 31 new members into Clubright by Monday', 'Clubright'],
    ['Log the van mileage in Fleetio this week', 'Fleetio'],
    ['Pull the weekly footfall numbers from CountMatic for the report', 'CountMatic'],
    ['Move the old quotes from the shared drive into Quotient', 'Quotient'],
  ])('%s', (title, tool) => {
    expect(write(title).sections.tools).toContain(tool);
  });
  it('does not take a person, a town or a street for a tool', () => {
    for (const title of ['Reply to Marcus about the deposit', 'Find a hall in Didcot for the party', 'Book the MOT at the garage on Station Road']) {
      expect(write(title).frame.tools).toEqual([]);
    }
  });
  it('finds material by its kind', () => {
    expect(write('Type the bookings from the paper diary into the booking system').sections.sources).toContain('paper diary');
    expect(write('Build a chart of returns from the Etsy export').sections.sources).toContain('Etsy export');
    expect(write('Check the licensing portal for our renewal date').sections.sources).toContain('licensing portal');
    expect(write("Send the reminders - the list is in 'Overdue Q3'").sections.sources).toContain('Overdue Q3');
  });
});

describe('category from the shape of the task', () => {
  it.each([
    ['Which bakeries near us sell gluten-free sourdough?', 'market-research'],
    ['Are there other florists offering wedding subscriptions?', 'market-research'],
    ['Add the 14 new suppliers to the vendor register', 'data-entry'],
    ['Update the allergens tracker', 'data-entry'],
    ['Site visit voice memos → written snag list', 'transcription'],
    ['Turn the webinar recording into written notes for members', 'transcription'],
    ['Overview of membership renewals per month', 'reports'],
    ['Find a part-time bookkeeper for the studio', 'hiring'],
    ['Shortlist 4 videographers for the launch film', 'hiring'],
    ['Research ferries to Jersey for the team trip', 'other'],
    ['Preparare una panoramica delle prenotazioni per sala', 'reports'],
  ])('%s', (title, category) => {
    expect(write(title).category).toBe(category);
  });
});

describe('dates and cadence as owners write them', () => {
  it.each([
    ['Send the revised quote to Parveen by Weds', 'Weds'],
    ['Book the gas check for Thurs 2pm', 'Thurs 2pm'],
    ['File the VAT return by 3rd working day', '3rd working day'],
    ['Order the Christmas cards for mid-Nov', 'mid-Nov'],
    ['Angebot an die Bäckerei Huber schicken, am 7. Mai', 'am 7. Mai'],
    ['Ring the caterer before the planning meeting Fri', 'Fri'],
  ])('%s', (title, date) => {
    expect(write(title).sections.deadlines.toLowerCase()).toContain(date.toLowerCase());
  });
  it.each([
    ['Share one recipe a day on Instagram for a fortnight', 'one recipe a day'],
    ['Payroll summary to me at the end of every month', 'end of every month'],
    ['Wipe the menus every Tue and Sat', 'every Tue and Sat'],
  ])('%s', (title, cadence) => {
    expect(write(title).sections.cadence.toLowerCase()).toContain(cadence.toLowerCase());
  });
  it('keeps a ruled-out time out of the dates and offers it back as an instruction', () => {
    const r = write('Book the window cleaner - NOT on a Saturday');
    expect(r.sections.deadlines).not.toMatch(/Saturday/);
    expect(r.sections.outcome).not.toMatch(/Saturday/);
    expect(r.instructions.map((i) => i.text).join()).toMatch(/NOT on a Saturday/i);
  });
});

describe('measures count the work, in a clean phrase', () => {
  it('uses the whole counted phrase and never a distance or a limit', () => {
    expect(write('Renew the 9 Adobe Express seats before the 20th').sections.measure).toMatch(/^All 9 Adobe Express seats renewed\b/);
    expect(write('Research 8 climbing walls within 15 miles of Leeds').sections.measure).toMatch(/^All 8 climbing walls covered\b/);
    expect(write('Research wedding bands that play for under 100 guests').sections.measure).not.toMatch(/100 guests/);
  });
  it('never ends a count mid-phrase', () => {
    for (const title of ['Read the last 60 reviews of our 2 nearest rivals', 'Log the 5 returns so the stock count is right', 'Fix the 404s on the gallery page']) {
      expect(write(title).sections.measure).not.toMatch(/\b(?:of our|so|s) (?:covered|logged|fixed|done)\b/);
    }
  });
});

describe('other languages', () => {
  it('does not cut a sentence at an abbreviation', () => {
    expect(write('Lav en opgørelse over salget pr. butik til mødet d. 4. juni').sections.outcome).toBe('Lav en opgørelse over salget pr. butik til mødet d. 4. juni');
  });
  it('tells Danish, Swedish and Czech apart from German and keeps their words', () => {
    for (const title of ['Ring til revisoren om årsregnskabet', 'Anställa en sommarvikarie till kaféet', 'Připravit přehled tržeb pro banku']) {
      expect(write(title).frame.language).toBe('other');
    }
  });
});

describe('a word shouted in capitals is written at normal volume', () => {
  it.each([
    ['Reply to EVERY comment on the TikTok video by tonight', /^Every comment on the TikTok video\b/],
    ['NEED the invoices sent TODAY', /^The invoices are sent today\b/],
    ['Check ALL the links in the newsletter', /^All the links\b.*\bnewsletter\b/],
    ['Send the VAT return to the accountant ASAP', /^The VAT return is sent to the accountant\b/],
  ])('%s', (title, outcome) => {
    const r = write(title);
    expect(r.outcomeKind).not.toBe('fallback');
    expect(r.sections.outcome).toMatch(outcome);
    expect(r.sections.outcome).not.toMatch(/\b(?:EVERY|TODAY|ALL|NEED)\b/);
  });
});

describe('a person wanted for a job keeps the job', () => {
  it.each([
    ['hire someone to run our Facebook ads', /^Someone to run our Facebook ads is in place\b/],
    ['Find a bookkeeper to do the monthly VAT returns', /^A bookkeeper to do the monthly VAT returns is in place\b/],
    ['recruit a VA to manage the inbox', /^A VA to manage the inbox is in place\b/],
    ['get a tutor to help my son with maths', /^A tutor to help my son with maths is in place\b/],
  ])('%s', (title, outcome) => {
    const r = write(title);
    expect(r.category).toBe('hiring');
    expect(r.sections.outcome).toMatch(outcome);
  });
  it('never reads an infinitive as a place', () => {
    expect(buildFrame({ title: 'get a tutor to help my son with maths' }).state ?? '').not.toMatch(/\bin the help\b/);
  });
});

describe('days a verb takes stay with it, and days keep their capitals', () => {
  it.each([
    ['Find a dog walker to cover Mon/Wed lunchtimes', /\bto cover Mon\/Wed lunchtimes\b/],
    ['Hire a barista to work weekends', /^A barista to work weekends is in place\b/],
    ['Recruit a carer to cover Sat/Sun nights', /\bto cover Sat\/Sun nights\b/],
  ])('%s', (title, outcome) => {
    const r = write(title);
    expect(r.sections.outcome).toMatch(outcome);
    expect(r.frame.cadence).toEqual([]);
  });
  it('keeps a time of day with the days it belongs to', () => {
    expect(write('Find a cleaner for Mon/Wed mornings').frame.cadence).toEqual(['Mon/Wed mornings']);
  });
  it('keeps the capitals of days in a title written in Title Case', () => {
    expect(write('Post to Instagram Mon/Wed/Fri').sections.outcome).toMatch(/\bMon\/Wed\/Fri\b/);
    expect(write('Post On Facebook Tue & Thu').sections.outcome).toMatch(/\bTue & Thu\b/);
  });
});

describe('a platform named before a topic asks for posts about it there', () => {
  it.each([
    ['Pinterest: spring wedding boards', /^New posts about spring wedding boards are live on Pinterest\b/],
    ['TikTok – a 20s clip of the bakery at dawn', /^A 20s clip of the bakery\b.*\bon TikTok\b/],
    ['FB + IG: our Easter opening hours, every Monday', /\bFacebook and Instagram\b.*\bour Easter opening hours every Monday\b/],
  ])('%s', (title, outcome) => {
    const r = write(title);
    expect(r.category).toBe('social-media');
    expect(r.sections.outcome).toMatch(outcome);
  });
  it('never reads a word that cannot be a verb as one', () => {
    expect(write('Behind the scenes video for YouTube').sections.outcome).not.toMatch(/\bbehinded\b|\bBehind\b/);
  });
});

describe('German, Spanish and French: dates, places and phrases from the title start', () => {
  it('reads a German day-month date after "bis" whole', () => {
    const r = write('Bitte bis 5. Juni die Rechnungen in Lexoffice erfassen');
    expect(r.frame.dates.map((d) => d.text)).toEqual(['bis 5. Juni']);
    expect(r.sections.outcome).toMatch(/^Ergebnis: die Rechnungen in Lexoffice erfasst, bis 5\. Juni\b/);
  });
  it('catches a small word that kept its capital in mid-sentence, and two prepositions welded', () => {
    expect(checks('Jeden Freitag den Wochenbericht schicken', 'Ergebnis: der Wochenbericht geschickt, Jeden Freitag – schriftlich bestätigt.')).toContain('garble');
    expect(checks('Publicar en Instagram cada viernes', 'La publicación de en Instagram está terminada cada viernes.')).toContain('garble');
    expect(checks('Publier sur Instagram chaque lundi', 'La publication de sur Instagram est terminée chaque lundi.')).toContain('garble');
    // A noun keeps its capital in German.
    expect(checks('Kundendaten ins CRM übertragen, bis Ende der Woche', 'Ergebnis: Kundendaten ins CRM übertragen, bis Ende der Woche – ohne dass etwas verloren geht.')).not.toContain('garble');
  });
  it('writes a phrase from the title start in lower case inside the sentence', () => {
    expect(write('Jeden Freitag den Wochenbericht schicken').sections.outcome).toMatch(/, jeden Freitag – /);
    expect(write('Cada lunes actualizar el inventario en Holded').sections.outcome).toMatch(/ cada lunes,/);
  });
  it('writes posts on the platform when the task names only where to post', () => {
    expect(write('Publicar en Instagram cada viernes hasta el 3 de junio').sections.outcome).toBe(
      'Las publicaciones en Instagram están en línea cada viernes hasta el 3 de junio, con nuestro tono y nuestra imagen de marca.',
    );
    expect(write('Publier sur Instagram chaque lundi').sections.outcome).toMatch(/^Les publications sur Instagram sont en ligne chaque lundi, /);
    expect(write('Auf Instagram jeden Freitag posten').sections.outcome).toMatch(/^Ergebnis: Beiträge auf Instagram veröffentlicht, jeden Freitag – /);
  });
});

describe('files and counts are told apart from the thing and from dates', () => {
  it('takes only the file name as the source, and leaves the thing whole', () => {
    const r = write('Chase the unpaid invoices listed in Overdue.xlsx');
    expect(r.frame.sources).toEqual(['Overdue.xlsx']);
    expect(r.sections.outcome).toMatch(/^The unpaid invoices are chased\b/);
    expect(write('Chase the invoices in Overdue.xlsx').frame.sources).toEqual(['Overdue.xlsx']);
    expect(write('Type up the notes from meeting notes 12 May.docx').frame.sources).toEqual(['meeting notes 12 May.docx']);
  });
  it('never reads "from 3" as a date', () => {
    const r = write('Get quotes from 3 removal firms for the 14th');
    expect(r.frame.dates.map((d) => d.text)).toEqual(['for the 14th']);
    expect(r.sections.outcome).toMatch(/\bfrom 3 removal firms\b/);
  });
});

describe('a short day after "for" is the day the thing is for', () => {
  it.each([
    ['Book the van for Thurs', 'For Thurs', /^The van is booked for Thurs\b/],
    ['Book a table for Sat, 6 people', 'For Sat', /^A table is booked for Sat\b/],
  ])('%s', (title, deadline, outcome) => {
    const r = write(title);
    expect(r.sections.deadlines).toBe(deadline);
    expect(r.sections.outcome).toMatch(outcome);
  });
});

describe('notes of a fault, work asked of "someone", phone rounds and Spanish days of the month', () => {
  it('reads a fault as a request to fix the thing', () => {
    const r = write('printer in reception broken again');
    expect(r.frame.action?.cls).toBe('fix');
    expect(r.sections.outcome).toMatch(/^The printer is fixed in reception\b/);
    expect(write('Card reader not working').sections.outcome).toMatch(/^The card reader is fixed\b/);
  });
  it('asks for the work itself when "someone" is given a thing to work on', () => {
    const r = write('Need someone to transcribe 6 Zoom calls (approx 45 min each)');
    expect(r.category).toBe('transcription');
    expect(r.sections.outcome).toMatch(/\b6 Zoom calls are transcribed\b/);
    // Work that names nothing to work on stays a search for the person.
    expect(write('Need someone to cover Saturdays').category).toBe('hiring');
  });
  it('catches a word said again across a comma', () => {
    expect(checks('Need someone to cover Saturdays', 'Someone to cover Saturdays is ready, ready to use.')).toContain('doubled');
  });
  it('keeps "round" with the verb in a phone round', () => {
    expect(write('Could you ring round 5 venues for the 21st?').sections.outcome).toMatch(/^The 5 venues are contacted for the 21st\b/);
  });
  it('reads "el día 5" whole, never from inside a word', () => {
    const r = write('Preparar el informe mensual de ventas para el día 5');
    expect(r.frame.dates.map((d) => d.text)).toEqual(['para el día 5']);
    expect(r.sections.outcome).toMatch(/ para el día 5,/);
  });
});

describe('period ends naming a thing, budget words and German details after a comma', () => {
  it('reads "year-end accounts" as the thing, not a date', () => {
    const r = write('Ask 3 accountants for quotes on year-end accounts, up to £1,500');
    expect(r.frame.dates).toEqual([]);
    expect(r.sections.outcome).toMatch(/\bfor quotes on year-end accounts\b/);
  });
  it('takes the word for the budget with its limit', () => {
    expect(write('Buscar 3 proveedores de café en Valencia, presupuesto máximo 500 €').sections.outcome).not.toMatch(/presupuesto/);
  });
  it('ends a German to-do at its infinitive when a detail follows the comma', () => {
    expect(write('Newsletter für Juni in Brevo vorbereiten, Versand am 3. Juni').sections.outcome).toMatch(/^Ergebnis: Newsletter für Juni in Brevo vorbereitet, am 3\. Juni – /);
  });
  it('catches a German infinitive left in a result, but not a participle spelt like it', () => {
    expect(checks('Bitte den Newsletter für Juni in Brevo vorbereiten', 'Ergebnis: den Newsletter für Juni in Brevo vorbereiten, erledigt.')).toContain('garble');
    expect(checks('Bitte das Kassenbuch für Juni in Lexoffice übertragen', 'Ergebnis: das Kassenbuch für Juni in Lexoffice übertragen – vollständig und fehlerfrei.')).not.toContain('garble');
  });
});

describe('an end state the owner wrote, and words cut from around a possessive', () => {
  it.each([
    ['Make sure all invoices from Jan are in FreshBooks', 'All invoices from Jan are in FreshBooks.'],
    ['Make sure Tom gets his payslip', 'Tom gets his payslip.'],
    ['Check that the Stripe payouts are reconciled by the 5th', 'The Stripe payouts are reconciled by the 5th.'],
  ])('%s', (title, outcome) => {
    expect(write(title).sections.outcome).toBe(outcome);
  });
  it('keeps a how-instruction out of a stated end state', () => {
    expect(write('Make sure the newsletter goes out every Monday at 7:45 exactly').sections.outcome).not.toMatch(/7:45/);
  });
  it('keeps "tomorrow\'s" with what it names', () => {
    const r = write("Dentist reminder texts for tomorrow's patients via Cliniko");
    expect(r.frame.dates).toEqual([]);
    expect(r.sections.outcome).toMatch(/\bfor tomorrow's patients\b/);
  });
  it('catches "the" before a word that cannot follow it, and a possessive cut loose', () => {
    expect(checks('Make sure all invoices are in FreshBooks', 'The sure all invoices are made.')).toContain('garble');
    expect(checks('Order more 250ml bottles', 'The more 250ml bottles are ordered.')).toContain('garble');
    expect(checks("Reminder texts for tomorrow's patients", "The reminder texts for 's patients are sent.")).toContain('garble');
  });
});

describe('a second action after "and" whatever follows its verb', () => {
  it('splits "approve new members and delete spam"', () => {
    expect(write('Approve new members and delete spam daily').sections.outcome).toMatch(/^The new members are approved daily, and the spam is deleted\b/);
  });
  it('keeps nouns that are verbs too, and "click & collect", in the thing', () => {
    expect(write('Collect invoices and receipts').sections.outcome).toMatch(/^The invoices and receipts are collected\b/);
    expect(write('Set up free delivery on click & collect orders in Shopify').sections.outcome).toMatch(/\bclick & collect orders\b/);
  });
});

describe('deadlines said "at the latest"', () => {
  it.each([
    ['Log every refund from Square into the refunds tab, the 21st at the latest', 'The 21st at the latest', /\binto the refunds tab by the 21st at the latest\b/],
    ['Send the rota by Friday at the latest', 'By Friday at the latest', /\bby Friday at the latest\b/],
  ])('%s', (title, deadline, outcome) => {
    const r = write(title);
    expect(r.sections.deadlines).toBe(deadline);
    expect(r.sections.outcome).toMatch(outcome);
  });
});

describe('"why", "how", "when" and "where" questions with "be"', () => {
  it.each([
    ['Why are sales down this month?', /^I know why sales are down\b/],
    ['Why are bookings lower than last year?', /^I know why bookings are lower than last year\b/],
    ['Why is Google traffic down?', /^I know why Google traffic is down\b/],
  ])('%s', (title, outcome) => {
    expect(write(title).sections.outcome).toMatch(outcome);
  });
  it('catches "be" left after the word it should come before', () => {
    expect(checks('Why are sales down?', 'I know why sales down are, from sources I can check.')).toContain('garble');
  });
});

describe('times of day in French, Spanish and German are no dates, and counts are not times', () => {
  it('keeps an exact French time out of the outcome', () => {
    const r = write("Envoyer le rapport des ventes à l'équipe chaque lundi à 9h précises");
    expect(r.sections.outcome).toMatch(/^L'envoi du rapport des ventes à l'équipe est terminé chaque lundi, /);
    expect(r.frame.dates).toEqual([]);
  });
  it('reads "las 4 entrevistas" as a count', () => {
    const r = write('Transcribir las 4 entrevistas del podcast');
    expect(r.frame.dates).toEqual([]);
    expect(r.sections.outcome).toMatch(/^La transcripción de las 4 entrevistas del podcast está terminada, /);
  });
  it('keeps "within 24h" a deadline', () => {
    expect(write('Reply to the booking requests within 24h').sections.deadlines).toMatch(/within 24h/i);
  });
  it('writes a German object at the title start in the nominative', () => {
    expect(write('Den Monatsbericht bis zum 5. an Frau Keller schicken').sections.outcome).toMatch(/^Ergebnis: der Monatsbericht an Frau Keller geschickt, bis zum 5\. – /);
  });
});

describe('French "mettre", "ajouter" and "mettre en ligne"', () => {
  it.each([
    ['Mettre les reçus de mai dans Dext', "L'ajout des reçus de mai dans Dext est terminé, sans erreur ni doublon."],
    ['Ajouter les nouveaux clients dans Axonaut', "L'ajout des nouveaux clients dans Axonaut est terminé, sans erreur ni doublon."],
    ['Mettre en ligne la vidéo', 'La mise en ligne de la vidéo est terminée, dans le ton et le style de notre marque.'],
  ])('%s', (title, outcome) => {
    expect(write(title).sections.outcome).toBe(outcome);
  });
});

describe('a polite question used as a topic', () => {
  it('is read, not thrown on, when details follow its question mark', () => {
    const brief = write('Could someone scan the old delivery notes? about 300 of them, into the archive folder');
    expect(brief.sections.outcome).toMatch(/delivery notes/);
  });
});

describe('a full stop inside brackets ends no sentence', () => {
  it('keeps a bracketed abbreviation before a number in the title', () => {
    const brief = write('Przepisz nagranie ze spotkania (ok. 45 min) do dokumentu');
    expect(brief.sections.outcome).toContain('(ok. 45 min) do dokumentu');
    expect(brief.sections.doneLooksLike).not.toContain('45 min)');
  });
});
