// Category defaults for every section a category can say something sensible about. The brief is
// written to the assistant: "you" is the assistant, "I" and "me" the owner. Multi-line values
// hold one item per line (sectionItems in utils/model/sections.ts).
import type { Category } from '../../model/categories';
import type { SectionKey } from '../../model/sections';
import type { ActionClass } from '../understand/verbs-en';

export type Defaults = Partial<Record<SectionKey, string>>;

const ESCALATION =
  'Come to me when a decision is outside your decision rights, the deadline is at risk, or something could hurt a customer or the brand\nBring one problem, three options and your recommendation, so I can answer in one reply';
const REPORT_FORMAT = "Status, what changed, what's next, one artefact";
const CHECK_INS =
  "I'll look at the first piece of work closely, then mostly at the reports\nIf something isn't right I'll explain what I'm after and why; the work stays with you and you adjust course";
const INFORM_AFTER = 'Small changes of approach that keep to the standards above, told in the next report';

const COMMON: Defaults = {
  escalation: ESCALATION,
  reportFormat: REPORT_FORMAT,
  checkIns: CHECK_INS,
  informAfter: INFORM_AFTER,
};

export const CATEGORY_DEFAULTS: Record<Category, Defaults> = {
  'social-media': {
    ...COMMON,
    measure: 'Follower growth and engagement rate, compared month on month',
    why: 'Social media is where customers see us most often; a steady, on-brand presence builds trust and brings in new followers without taking my time',
    doneLooksLike:
      'Posts go out on the agreed cadence, on-brand and free of typos\nEach post has a fitting image and relevant hashtags\nComments and messages get a reply within one working day',
    standards: 'Follow the brand standards: voice, colours, fonts and logo use\nFriendly, clear tone; no jargon\nOnly images we have the rights to use',
    never: 'Never post about politics, religion or competitors by name\nNever argue with a commenter in public\nNever share customer details or private messages',
    tools:
      'Stock photo site (e.g. Unsplash, or our paid library)\nPhoto editing subscription (e.g. Canva)\nScheduling tool with posting access to the accounts',
    sources: 'Our blog posts\nCompany news updates and announcements\nCustomer reviews and questions worth answering publicly',
    decideAlone:
      'What to post and when, within the cadence and standards\nJumping on a trending or branded hashtag that fits the brand, without asking\nReplying to comments and messages',
    informAfter: 'Trying a new post format or posting time, told in the weekly report',
    proposeFirst: 'Paid promotion or boosted posts\nCampaigns, giveaways or collaborations with other accounts\nAnything about a complaint, a crisis or a sensitive topic',
    reportWhat: 'Engagement (likes, comments, shares, saves) and account growth (followers gained and lost)\nThe best and the weakest post, and what you learned from them',
    reportCadence: 'Weekly',
    reportChannel: 'Email',
  },
  'market-research': {
    ...COMMON,
    measure: 'The findings answer the question asked, with every claim linked to a source',
    why: 'A clear, sourced picture of the market lets me make the next decision quickly and with confidence',
    doneLooksLike:
      'A short summary (one page) with the answer first and a recommendation\nA comparison table of the options or competitors found\nA link to every source used',
    standards: 'Recent sources (the last two years) unless history matters\nFacts kept apart from opinions and estimates\nPlain language; numbers with units and dates',
    never: 'Never contact competitors pretending to be a customer\nNever pay for a report or database without agreement\nNever present a guess as a fact',
    tools: 'Search engines and free industry reports\nA shared folder or doc for notes and the final summary',
    sources: 'Competitor websites, pricing pages and newsletters\nIndustry reports and trade press\nCustomer reviews and forums',
    decideAlone: 'Which sources to use and how deep to go within the time agreed\nHow to structure the summary',
    proposeFirst: 'Buying any paid report or data\nWidening the question beyond what was asked',
    reportWhat: 'The answer so far, open questions, and sources used',
    reportCadence: 'At the halfway point and on delivery',
    reportChannel: 'Email with a link to the shared doc',
  },
  'data-entry': {
    ...COMMON,
    measure: 'No duplicates or blank required fields in a spot check of 20 records',
    why: 'Accurate, complete records save me from hunting for information and let me trust the numbers',
    doneLooksLike: 'Every record entered in the agreed format\nNo duplicates; required fields filled\nA short note of anything that could not be entered, and why',
    standards: 'Follow the existing field formats (dates, phone numbers, names)\nCheck a sample of your own entries before calling it done',
    never: 'Never delete records without keeping a backup or a note\nNever share or export personal data outside the agreed tools',
    tools: 'Editor access to the spreadsheet, database or CRM\nAccess to the source files (shared folder or inbox)',
    sources: 'The source documents, forms or emails the data comes from',
    decideAlone: 'Fixing obvious typos and formatting\nMerging clear duplicates',
    proposeFirst: 'Changing fields, columns or the structure of the database\nDeleting records that look obsolete',
    reportWhat: 'Records added or updated, problems found, and anything left open',
    reportCadence: 'On completion, then weekly while the work goes on',
    reportChannel: 'Email',
  },
  transcription: {
    ...COMMON,
    measure: 'A spot check finds fewer than one error per page against the recording',
    why: 'A searchable, accurate transcript lets me quote, reuse and share what was said without replaying the recording',
    doneLooksLike: 'A transcript with speaker names and timestamps at each change of speaker\nUnclear passages marked with a timestamp rather than guessed',
    standards: 'Clean verbatim: drop filler words, keep the meaning\nConsistent speaker labels and spelling of names and terms',
    never: 'Never share the recording or transcript outside the agreed folder\nNever invent words you could not hear',
    tools: 'Access to the recordings (shared folder)\nA transcription tool or editor of your choice',
    sources: 'The recordings\nA list of names and technical terms used in them',
    decideAlone: 'Tools and workflow\nLight edits for readability that keep the meaning',
    proposeFirst: 'Summaries or edits that change what a speaker said',
    reportWhat: 'Files finished, time spent, and passages that need a second listen',
    reportCadence: 'On delivery of each file',
    reportChannel: 'Email with a link to the shared folder',
  },
  reports: {
    ...COMMON,
    measure: 'The figures reconcile with the source data, and the reader needs no follow-up questions',
    why: 'A clear report or deck lets me, and the people I share it with, understand where things stand and decide quickly',
    doneLooksLike: 'The key message on the first page or slide\nCharts labelled with units, dates and sources\nA version ready to share, plus the editable file',
    standards: 'Follow the company template, fonts and colours\nOne idea per slide or chart\nNumbers checked against the source',
    never: 'Never share drafts outside the people named in the brief\nNever change figures to fit a story',
    tools: 'Editor access to the slide or report template\nRead access to the data sources and dashboards',
    sources: 'Last period’s report for format and comparison\nThe data exports, dashboards or notes the figures come from',
    decideAlone: 'Layout, chart types and wording\nWhich supporting detail goes in an appendix',
    proposeFirst: 'Changing the key message or a conclusion\nSharing with anyone new',
    reportWhat: 'A draft for a first look, then the final version with a note of changes',
    reportCadence: 'A first draft halfway to the deadline, then on delivery',
    reportChannel: 'Email with a link to the file',
  },
  hiring: {
    ...COMMON,
    measure: 'A shortlist of three vetted candidates, and the chosen person delivering without hand-holding within two weeks',
    why: 'The right freelancer takes recurring work off my plate for good; a careful choice saves time and rework later',
    doneLooksLike:
      'A job post that describes the outcome, the budget and the timeline\nA shortlist of three, each with portfolio, references and a paid trial task result\nThe chosen person onboarded with access and a first brief',
    standards: 'Judge candidates on results and a paid trial task, not on the CV alone\nTreat every applicant courteously and reply to each one',
    never: 'Never promise a rate, start date or contract without agreement\nNever share business logins with a candidate before they are hired',
    tools: 'Account on the hiring platform (e.g. Upwork or Fiverr)\nA shared folder for candidate notes\nBudget for a small paid trial task',
    sources: 'Our past job posts and briefs\nRecommendations from our network',
    decideAlone: 'Where to post and how to screen\nWho makes the shortlist',
    proposeFirst: 'The final hire and the rate\nAny contract or commitment longer than the trial',
    reportWhat: 'Applicants received, who is shortlisted and why, and trial task results',
    reportCadence: 'Twice a week while hiring',
    reportChannel: 'Email',
  },
  other: {
    ...COMMON,
    measure: 'Finished by the deadline, with written confirmation (booking, receipt or reply) saved',
    why: 'It takes time I would rather spend elsewhere, and it only needs to be done well once',
    doneLooksLike: 'The result is confirmed in writing (booking, receipt, reply or photo)\nAnything I need to know or do is in one short message',
    standards: 'Polite and clear with everyone you deal with on my behalf\nKeep confirmations and receipts in the shared folder',
    never: 'Never commit me to payments, contracts or dates beyond what this brief allows\nNever share my personal details beyond what is needed',
    tools: 'Access to my calendar and the shared folder\nThe payment method we agreed for small costs',
    sources: 'Past emails and notes about it\nMy calendar for availability',
    decideAlone: 'How to get it done, within the spending limit and my calendar',
    proposeFirst: 'Anything over the spending limit or that commits me to a date',
    reportWhat: 'Done or not, what it cost, and any follow-up needed',
    reportCadence: 'On completion',
    reportChannel: 'Email',
  },
};

/**
 * Within a category, what fits one kind of action contradicts another: "which provider" makes no
 * sense for a call, hashtags none for answering reviews. These replace the category's lines for
 * the sections they name.
 */
export const CLASS_DEFAULTS: Partial<Record<Category, Partial<Record<ActionClass, Defaults>>>> = {
  'social-media': {
    engage: {
      doneLooksLike: 'Every comment, message and review gets a friendly, on-brand reply within one working day\nAnything that needs me is flagged the same day',
      decideAlone: 'How to word replies, within the standards\nHiding spam and obvious abuse',
      proposeFirst: 'Replies to complaints, refunds or anything that could become public trouble',
      tools: 'Access to the accounts or the inbox where comments and messages arrive',
      sources: 'Our FAQ and past replies\nOur opening hours, prices and policies',
    },
    reply: {
      doneLooksLike: 'Every comment, message and review gets a friendly, on-brand reply within one working day\nAnything that needs me is flagged the same day',
      decideAlone: 'How to word replies, within the standards\nHiding spam and obvious abuse',
      proposeFirst: 'Replies to complaints, refunds or anything that could become public trouble',
      tools: 'Access to the accounts or the inbox where comments and messages arrive',
      sources: 'Our FAQ and past replies\nOur opening hours, prices and policies',
    },
    find: {
      doneLooksLike: 'A shortlist with a line on each: audience, fit with our brand, and what working together could look like\nOne recommendation',
      decideAlone: 'Where to look and who makes the shortlist',
      proposeFirst: 'Contacting anyone on our behalf\nAny payment or free product',
    },
  },
  other: {
    book: {
      decideAlone: 'Which provider, time or option to choose within the budget and my calendar',
      proposeFirst: 'Anything over the spending limit or that commits me to a date outside my calendar',
    },
    buy: {
      decideAlone: 'Which seller or option to choose within the budget',
      proposeFirst: 'Anything over the spending limit',
    },
    find: {
      decideAlone: 'Where to look and which options make the shortlist',
      proposeFirst: 'Committing to any option, or paying for one',
    },
    fix: {
      decideAlone: 'Calling out a qualified, insured tradesperson or technician within the spending limit',
      proposeFirst: 'Repairs over the spending limit, or replacing rather than repairing',
      doneLooksLike: 'It works properly again, with the cause and the cost noted\nPhotos or the invoice saved in the shared folder',
    },
    setup: {
      decideAlone: 'Settings that follow the standards and can be changed back',
      proposeFirst: 'Paid plans, or anything that gives access to others',
      doneLooksLike: 'It works, with logins stored safely and short notes on how it is set up',
    },
    contact: {
      decideAlone: 'How to word the message, in my voice',
      proposeFirst: 'Agreeing to anything that costs money or commits me to a date',
      doneLooksLike: 'The message is sent and the answer, or the agreed next step, is written down\nAnything I need to do is in one short message',
      tools: 'Access to my email or phone line for this\nMy calendar for availability',
    },
    reply: {
      decideAlone: 'How to word the reply, in my voice',
      proposeFirst: 'Agreeing to anything that costs money or commits me to a date',
      doneLooksLike: 'Every message has a reply and nothing is left waiting on us\nAnything I need to decide is in one short message',
      tools: 'Access to the inbox or account the messages arrive in',
    },
    chase: {
      decideAlone: 'How and when to follow up, politely',
      proposeFirst: 'Threatening any consequence, or agreeing a new date or amount',
      doneLooksLike: 'A clear answer or agreed next step, written down',
    },
    send: {
      decideAlone: 'How to send it and how to word the covering note',
      proposeFirst: 'Sending to anyone not named in this brief',
      doneLooksLike: 'It has arrived, and receipt is confirmed in writing',
    },
    pay: {
      decideAlone: 'When to pay within the due date',
      proposeFirst: 'Paying anything that differs from what was agreed',
      doneLooksLike: 'Paid or filed on time, with the confirmation saved in the shared folder',
    },
    cancel: {
      decideAlone: 'How to cancel and how to word it',
      proposeFirst: 'Accepting any fee or counter-offer to stay',
      doneLooksLike: 'Written confirmation of the cancellation, and no further charges',
    },
    create: {
      decideAlone: 'Structure, wording and layout, within the standards',
      proposeFirst: 'Anything that changes what we promise or charge',
      doneLooksLike: 'A finished version ready for a final read, plus the editable file',
    },
    review: {
      decideAlone: 'What to check and in what order',
      proposeFirst: 'Changes that alter meaning, money or commitments',
      doneLooksLike: 'A short list of what was wrong and what was put right',
    },
    personal: {
      decideAlone: 'Preparing what I need: papers, times, travel and reminders',
      proposeFirst: 'Anything that speaks or signs for me',
    },
  },
};
