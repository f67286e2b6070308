// Names the writer must recognise and never "correct": platforms, tools and apps, and the acronyms
// an owner types in capitals. Spelling is the owner's: these tables only say what a word is.

/** Social platforms, by lower-case alias, with their own spelling. */
export const PLATFORMS: Record<string, string> = {
  instagram: 'Instagram', insta: 'Instagram', ig: 'Instagram', facebook: 'Facebook', fb: 'Facebook',
  twitter: 'X (Twitter)', x: 'X (Twitter)', tiktok: 'TikTok', linkedin: 'LinkedIn', pinterest: 'Pinterest',
  youtube: 'YouTube', snapchat: 'Snapchat', mastodon: 'Mastodon', bluesky: 'Bluesky', threads: 'Threads',
  'google business': 'Google Business Profile', 'google my business': 'Google Business Profile', gmb: 'Google Business Profile',
};

/** Tools, apps and services an assistant gets access to, by lower-case name or alias. */
export const TOOLS: Record<string, string> = {
  xero: 'Xero', quickbooks: 'QuickBooks', freeagent: 'FreeAgent', sage: 'Sage', wave: 'Wave', datev: 'DATEV',
  lexoffice: 'lexoffice', holded: 'Holded', pennylane: 'Pennylane',
  hubspot: 'HubSpot', salesforce: 'Salesforce', pipedrive: 'Pipedrive', zoho: 'Zoho', 'zoho crm': 'Zoho CRM',
  airtable: 'Airtable', notion: 'Notion', trello: 'Trello', asana: 'Asana', clickup: 'ClickUp', monday: 'monday.com',
  'google sheets': 'Google Sheets', 'google sheet': 'Google Sheets', sheets: 'Google Sheets', excel: 'Excel',
  'google docs': 'Google Docs', 'google doc': 'Google Docs', 'google drive': 'Google Drive', drive: 'Google Drive',
  'google slides': 'Google Slides', powerpoint: 'PowerPoint', keynote: 'Keynote', dropbox: 'Dropbox',
  onedrive: 'OneDrive', sharepoint: 'SharePoint', box: 'Box',
  canva: 'Canva', figma: 'Figma', photoshop: 'Photoshop', lightroom: 'Lightroom', unsplash: 'Unsplash',
  mailchimp: 'Mailchimp', klaviyo: 'Klaviyo', convertkit: 'ConvertKit', substack: 'Substack', brevo: 'Brevo',
  buffer: 'Buffer', hootsuite: 'Hootsuite', later: 'Later', 'meta business suite': 'Meta Business Suite',
  shopify: 'Shopify', woocommerce: 'WooCommerce', etsy: 'Etsy', amazon: 'Amazon', ebay: 'eBay', squarespace: 'Squarespace',
  wordpress: 'WordPress', wix: 'Wix', webflow: 'Webflow', stripe: 'Stripe', paypal: 'PayPal', gocardless: 'GoCardless',
  calendly: 'Calendly', zoom: 'Zoom', 'google meet': 'Google Meet', teams: 'Teams', slack: 'Slack', gmail: 'Gmail',
  outlook: 'Outlook', 'google calendar': 'Google Calendar', otter: 'Otter', 'otter.ai': 'Otter.ai', descript: 'Descript',
  rev: 'Rev', loom: 'Loom', upwork: 'Upwork', fiverr: 'Fiverr', indeed: 'Indeed', 'google analytics': 'Google Analytics',
  semrush: 'Semrush', ahrefs: 'Ahrefs', typeform: 'Typeform', 'google forms': 'Google Forms', surveymonkey: 'SurveyMonkey',
  gusto: 'Gusto', deel: 'Deel', docusign: 'DocuSign', '1password': '1Password', lastpass: 'LastPass', zapier: 'Zapier',
  eventbrite: 'Eventbrite', opentable: 'OpenTable', booking: 'Booking.com', 'booking.com': 'Booking.com', airbnb: 'Airbnb',
  expensify: 'Expensify', dext: 'Dext', 'receipt bank': 'Receipt Bank', toggl: 'Toggl', harvest: 'Harvest',
  aircall: 'Aircall', ringcentral: 'RingCentral', dialpad: 'Dialpad', zendesk: 'Zendesk', freshdesk: 'Freshdesk',
  intercom: 'Intercom', 'help scout': 'Help Scout', jira: 'Jira', linear: 'Linear', todoist: 'Todoist',
  mindbody: 'Mindbody', 'frame.io': 'Frame.io', square: 'Square', toast: 'Toast', fresha: 'Fresha', acuity: 'Acuity',
  deputy: 'Deputy', planday: 'Planday', quickfile: 'QuickFile', 'zoho books': 'Zoho Books', freshbooks: 'FreshBooks',
  'google business profile': 'Google Business Profile', tripadvisor: 'Tripadvisor', yelp: 'Yelp', trustpilot: 'Trustpilot',
  'google ads': 'Google Ads', 'meta ads': 'Meta Ads', 'facebook ads manager': 'Facebook Ads Manager',
};

/** Written in capitals on purpose: kept as they are when a title in capitals is brought to sentence case. */
export const ACRONYMS = new Set([
  'CRM', 'VAT', 'SEO', 'FB', 'IG', 'KPI', 'KPIs', 'PDF', 'PDFs', 'CSV', 'CV', 'CVs', 'VA', 'VAs', 'HR', 'PR', 'UK', 'US', 'USA',
  'EU', 'Q1', 'Q2', 'Q3', 'Q4', 'P&L', 'ROI', 'FAQ', 'FAQs', 'B2B', 'B2C', 'SaaS', 'API', 'URL', 'ID', 'IDs', 'TV', 'CEO',
  'MOT', 'NDA', 'GDPR', 'AI', 'HMRC', 'IRS', 'GST', 'ATO', 'DM', 'DMs', 'UGC', 'SMS', 'POS', 'SKU', 'SKUs', 'DATEV', 'IT', 'QA',
  'TBD', 'PT', 'CPA', 'LLC', 'GmbH', 'NYC', 'LA', 'BBQ', 'OKR', 'OKRs', 'EOD', 'EOM', 'ASAP', 'AGM',
]);

/** Every name above whose spelling is its own, by lower case. */
const OWN = new Map<string, string>([
  ...Object.values(PLATFORMS).map((v) => [v.toLowerCase(), v] as [string, string]),
  ...Object.values(TOOLS).map((v) => [v.toLowerCase(), v] as [string, string]),
  ...[...ACRONYMS].map((v) => [v.toLowerCase(), v] as [string, string]),
]);

export const ownSpelling = (word: string): string | undefined => OWN.get(word.toLowerCase());

/** The tool or platform names found in a text, in the owner's spelling, longest names first. */
const AMBIGUOUS = new Set(['x', 'box', 'later', 'wave', 'sage', 'rev', 'teams', 'drive', 'sheets', 'monday', 'booking', 'amazon', 'threads', 'square', 'toast', 'linear', 'deputy', 'acuity', 'otter', 'notion', 'buffer', 'intercom']);

const sortedKeys = new WeakMap<Record<string, string>, string[]>();

export function namesIn(text: string, table: Record<string, string>): string[] {
  const found: { at: number; name: string }[] = [];
  // A full stop ends a sentence, not a name ("… in Help Scout."); inside a name it stays ("Otter.ai").
  const lower = ` ${text.toLowerCase().replace(/[^\p{L}\p{N}.&+]+/gu, ' ').replace(/\.+(?=\s|$)/g, ' ')} `;
  const taken: [number, number][] = [];
  let keys = sortedKeys.get(table);
  if (!keys) sortedKeys.set(table, (keys = Object.keys(table).sort((a, b) => b.length - a.length)));
  for (const key of keys) {
    // Single letters ("x") and short everyday words are names only when written as one ("on Teams").
    if (lower.indexOf(` ${key} `) === -1) continue;
    if (AMBIGUOUS.has(key) && !new RegExp(`(?<=\\S\\s)${table[key]!.replace(/[.()]/g, '\\$&')}\\b`).test(text)) continue;
    let from = 0;
    for (;;) {
      const i = lower.indexOf(` ${key} `, from);
      if (i === -1) break;
      from = i + 1;
      if (taken.some(([a, b]) => i + 1 < b && i + 1 + key.length > a)) continue;
      taken.push([i + 1, i + 1 + key.length]);
      found.push({ at: i, name: table[key]! });
    }
  }
  return [...new Set(found.sort((a, b) => a.at - b.at).map((f) => f.name))];
}

/** "on X", "X account" or "X posts": the letter X as the platform. */
export const X_PLATFORM = /\b(?:on|to|via)\s+X\b|\bX\s+(?:account|posts?|thread|followers)\b/;
