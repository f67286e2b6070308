// Object words that point to a category, with weights. Phrases are lower-case words separated by
// single spaces; a plural "s" is handled by the matcher, so only singular forms are listed.
import type { Category } from '../model/categories';

type Weights = Record<string, number>;

export const KEYWORDS: Record<Category, Weights> = {
  'social-media': {
    instagram: 4, facebook: 4, twitter: 4, tweet: 4, tiktok: 4, linkedin: 3, pinterest: 4, youtube: 2,
    snapchat: 4, mastodon: 4, bluesky: 4, threads: 1, reel: 4, hashtag: 4, follower: 4, influencer: 4,
    'social media': 5, social: 3, socials: 4, 'content calendar': 3, story: 1, post: 2,
    engagement: 2, ig: 3, fb: 3, video: 1, 'branded hashtag': 5, campaign: 1, meme: 3, 'social post': 4,
    'x account': 4, channel: 1, giveaway: 3, 'google review': 6, tripadvisor: 5, yelp: 5, trustpilot: 5, dm: 3, reels: 4, stories: 2,
  },
  'market-research': {
    competitor: 5, competition: 4, market: 4, 'market research': 6, pricing: 2, trend: 3, industry: 3,
    niche: 3, audience: 2, survey: 3, benchmark: 3, 'target market': 5, supplier: 2, vendor: 2,
    alternative: 2, swot: 5, landscape: 2, demographic: 4, keyword: 3, 'keyword research': 5,
    'price comparison': 4, 'price check': 5, 'customer interview': 3, persona: 3, 'focus group': 4, 'case study': 2,
    'market size': 5, charge: 2, 'hire company': 7, comparison: 4, nearest: 2, 'what they charge': 4, rival: 4, opportunity: 1, 'customer review': 3, competing: 3, 'best practice': 2, tool: 1, software: 1, platform: 1, option: 1,
  },
  'data-entry': {
    crm: 5, spreadsheet: 5, database: 5, 'data entry': 6, data: 3, record: 2, contact: 3, lead: 2,
    hubspot: 4, salesforce: 4, pipedrive: 4, notion: 1, xero: 3, quickbooks: 3, inventory: 3,
    receipt: 2, expense: 2, invoice: 1, 'mailing list': 4, 'email list': 4, 'address book': 4, entry: 3,
    row: 2, 'google sheet': 5, sheet: 2, excel: 4, stock: 3, 'stock level': 5, stocktake: 5, csv: 5, duplicate: 4, airtable: 5, status: 1, tag: 2, tags: 2, contacts: 3, catalogue: 3, catalog: 3,
    'product listing': 3, listing: 1, 'price list': 2, timesheet: 3, bookkeeping: 3, ledger: 3,
    'customer list': 4, subscriber: 2, field: 1, form: 1, 'business card': 2, tracker: 3, register: 2, mileage: 3, list: 3, 'bank feed': 5, 'order form': 4,
  },
  transcription: {
    transcript: 6, transcripts: 6, 'interview transcript': 7, dictaphone: 5, 'audio file': 5, 'audio files': 5, 'call recording': 6, verbatim: 5, transcription: 6, subtitle: 5, caption: 3, 'closed captions': 6, recording: 3,
    audio: 3, voicemail: 3, dictation: 5, 'voice memo': 5, 'voice note': 5, minutes: 2, 'meeting notes': 3,
    podcast: 2, webinar: 2, 'into text': 6, 'focus group audio': 6, sessions: 1, 'interview recording': 6, 'zoom recording': 6, notes: 1,
  },
  reports: {
    report: 6, presentation: 6, deck: 6, slides: 6, slide: 4, chart: 5, graph: 4, dashboard: 4,
    powerpoint: 6, keynote: 3, infographic: 4, 'pitch deck': 7, kpi: 4, metrics: 2, 'one pager': 4,
    summary: 3, 'board pack': 5, analysis: 2, forecast: 3, visualisation: 4, visualization: 4,
    'google slides': 7, proposal: 2, overview: 5, 'onepage pdf': 5, 'yearend pack': 6, pack: 2, pdf: 1, update: 2, onepager: 6, churn: 4, numbers: 2, 'board update': 6, 'investor update': 6, 'monthly update': 4, 'progress report': 6, whitepaper: 3, 'white paper': 3, 'p l': 3, 'sales figures': 3,
    'quarterly review': 4, 'annual review': 3, figures: 3, 'case study': 2, brochure: 2,
  },
  hiring: {
    freelancer: 6, contractor: 5, candidate: 5, applicant: 5, 'job ad': 7, 'job post': 7, 'job posting': 7,
    'job description': 7, 'job listing': 7, 'job advert': 7, vacancy: 6, va: 3,
    recruiter: 5, cv: 4, resume: 4, upwork: 6, fiverr: 6, 'new hire': 6, onboarding: 2, hire: 5,
    interview: 2, reference: 1, portfolio: 1, 'trial task': 6, 'test task': 6, 'job offer': 6, role: 1,
    designer: 4, developer: 4, copywriter: 5, writer: 2, editor: 3, bookkeeper: 4, assistant: 3, photographer: 5, videographer: 5,
    illustrator: 5, translator: 4, 'web designer': 6, 'graphic designer': 6, 'virtual assistant': 6, cleaner: 1, 
    agency: 1, 'new role': 5, 'job board': 6, applications: 4, intern: 3, receptionist: 5, barista: 5, waiter: 5, waitress: 5,
    'sales rep': 5, staff: 2, 'shop assistant': 6, 'part-timer': 5, temp: 3, nanny: 3, tutor: 2, manager: 2, 'social media manager': 6,
    employee: 3, hiring: 5, recruitment: 5, picker: 5, packer: 5, driver: 3, chef: 4, cook: 3, bartender: 5, 'kitchen porter': 6, seasonal: 2, 'extra hands': 4, labourer: 5, 'cover letter': 4, freelance: 5, 'video editor': 4, graphic: 1,
  },
  other: {
    appointment: 3, dentist: 4, doctor: 4, vet: 3, insurance: 3, flight: 4, hotel: 4, holiday: 4,
    vacation: 4, trip: 3, restaurant: 4, gift: 4, birthday: 4, anniversary: 4, car: 2, plumber: 4,
    electrician: 4, tap: 3, boiler: 4, passport: 4, visa: 3, ticket: 2, grocery: 4, groceries: 4,
    laundry: 4, recipe: 3, apartment: 3, rent: 3, mortgage: 3, tax: 3, taxes: 3, bill: 3, haircut: 4,
    mom: 4, mum: 4, dad: 4, kids: 3, school: 2, gym: 3, printer: 3, laptop: 2, wifi: 3, 'blog post': 5,
    newsletter: 2, website: 2, domain: 2, meeting: 2, call: 1, subscription: 3, package: 2, parcel: 3,
    mot: 4, service: 1, warranty: 3, refund: 3, pharmacy: 4, prescription: 4, venue: 3, catering: 3,
    dinner: 3, lunch: 3, party: 3, wedding: 4, contract: 2, lease: 3, landlord: 4, leak: 3, leaking: 3,
    bathroom: 3, kitchen: 2, garden: 3, dog: 3, cat: 3, plant: 3, train: 3, taxi: 3, uber: 3,
    password: 3, backup: 3, invoice: 2, payroll: 2, accountant: 3, lawyer: 3, bank: 3, office: 1,
    furniture: 3, broken: 4, 'not working': 4, 'contact form': 4, permit: 3, link: 2, page: 1, client: 1, checklist: 2, footer: 2, header: 2, 'market stall': 6, 'farmers market': 6, flyer: 3, leaflet: 3, strategy: 1, desk: 2, chair: 2, supplies: 3, stationery: 3, 'thank you': 3, card: 1, flowers: 3,
  },
};

/**
 * German, Spanish and French words for the same kinds of work. Kept apart so the typo matcher,
 * which only serves English, never "corrects" a word of another language into an English one.
 */
export const FOREIGN_KEYWORDS: Record<Category, Weights> = {
  'social-media': { reseñas: 4, 'reseñas de google': 6, avis: 3, bewertungen: 3, beitrag: 2, beiträge: 2, publicación: 2, publicaciones: 2, redes: 3, 'redes sociales': 5, 'soziale medien': 5, 'réseaux sociaux': 5, abonnés: 4, follower: 4, seguidores: 4, story: 2, stories: 2, reels: 4, posts: 3 },
  'market-research': { uitzoeken: 6, webshops: 2, prijs: 2, verkopen: 2, ricerca: 5, pesquisa: 5, onderzoek: 5, badanie: 5, forskning: 5, concorrenza: 5, concorrência: 5, concurrenten: 5, prezzi: 2, preços: 2, prijzen: 2, quanto: 2, hoeveel: 2, wettbewerber: 5, konkurrenz: 5, marktanalyse: 6, markt: 3, preise: 2, anbieter: 2, lieferanten: 2, competencia: 5, competidores: 5, mercado: 4, precios: 2, proveedores: 2, concurrents: 5, concurrence: 5, marché: 4, prix: 2, fournisseurs: 2, tarifs: 2, umfrage: 3, encuesta: 3, sondage: 3, angebote: 2 },
  'data-entry': { inserire: 4, lançar: 3, wprowadzić: 4, registrera: 4, gegevens: 3, dati: 3, dados: 3, planilha: 5, foglio: 3, klanten: 2, invoeren: 4, rechnungen: 2, belege: 3, kundenliste: 5, tabelle: 4, datenbank: 5, kontakte: 3, quittungen: 3, facturas: 2, recibos: 3, 'lista de clientes': 5, 'hoja de cálculo': 5, 'base de datos': 5, contactos: 3, factures: 2, reçus: 3, justificatifs: 3, tableur: 5, 'base de données': 5, 'liste des clients': 5, 'fichier clients': 5, crm: 5 },
  transcription: { trascrizione: 7, transcrição: 7, transcriptie: 7, uittypen: 8, opname: 3, registrazione: 3, gravação: 3, nagranie: 3, inspelning: 3, trascrivere: 8, transcrever: 8, intervista: 2, transkript: 6, aufnahme: 3, interview: 2, sprachnachricht: 5, protokoll: 3, transcripción: 6, grabación: 3, entrevista: 2, 'notas de voz': 5, transcription: 6, enregistrement: 3, entretien: 2, 'mémo vocal': 5, 'sous titres': 5, 'sous titrage': 5, podcast: 2, untertitel: 5, subtítulos: 5, 'sous-titres': 5 },
  reports: { rapporto: 6, relatório: 6, verslag: 6, presentazione: 6, apresentação: 6, presentatie: 6, prezentacja: 6, bericht: 6, präsentation: 6, folien: 6, quartalsbericht: 7, auswertung: 4, informe: 6, presentación: 6, diapositivas: 6, gráficos: 5, rapport: 6, présentation: 6, diapositives: 6, graphiques: 5, bilan: 4, 'tableau de bord': 5, dashboard: 4 },
  hiring: { assumere: 6, contratar: 5, werven: 6, zatrudnić: 6, anställa: 6, vacature: 6, personale: 3, reinigungskraft: 5, mitarbeiterin: 4, bewerbungen: 4, assistente: 3, bewerber: 5, kandidaten: 5, stellenanzeige: 7, freelancer: 6, aushilfe: 5, mitarbeiter: 3, candidatos: 5, 'oferta de empleo': 7, autónomo: 4, empleado: 3, candidats: 5, "offre d'emploi": 7, 'annonce': 2, stagiaire: 4, assistante: 3, assistant: 3, recepcionista: 5, réceptionniste: 5 },
  other: { termin: 3, zahnarzt: 4, versicherung: 3, flug: 4, hotel: 4, handwerker: 4, cita: 3, dentista: 4, seguro: 3, vuelo: 4, 'rendez-vous': 3, dentiste: 4, assurance: 3, vol: 3, billets: 3, newsletter: 2 },
};

const allKeys = Object.values(KEYWORDS).flatMap((w) => Object.keys(w));

/** One-word keywords: the only targets of typo correction. */
export const KEYWORD_SINGLES: readonly string[] = [...new Set(allKeys.filter((k) => /^[a-z]+$/.test(k)))];

/** Words that appear inside multi-word keywords ("closed captions"). */
export const PHRASE_WORDS: ReadonlySet<string> = new Set(allKeys.filter((k) => k.includes(' ')).flatMap((k) => k.split(' ')));
