// Hostile strings shared by the fuzz, security and e2e tests. Every payload that could run sets
// the global canary `window.__pwned` (never alert(): a dialog is caught separately, but a canary
// also catches code that runs silently). The strings are page text or user text: the app must
// show them as text and never interpret them.

export const CANARY = '__pwned';

export interface Payload {
  /** Short name for test titles. */
  name: string;
  text: string;
}

const P = (name: string, text: string): Payload => ({ name, text });

export const XSS_PAYLOADS: Payload[] = [
  P('img onerror', '<img src=x onerror="window.__pwned=1">'),
  P('img onerror unquoted', '<img src=x onerror=window.__pwned=2>'),
  P('svg onload', '<svg onload="window.__pwned=3"></svg>'),
  P('svg nested script', '<svg><script>window.__pwned=4</script></svg>'),
  P('script', '<script>window.__pwned=5</script>'),
  P('script src', '<script src="https://evil.example/x.js"></script>'),
  P('javascript url link', '<a href="javascript:window.__pwned=6">click</a>'),
  P('javascript url bare', 'javascript:window.__pwned=7'),
  P('javascript url mixed case + entity', 'JaVaScRiPt&colon;window.__pwned=8'),
  P('iframe srcdoc', '<iframe srcdoc="<script>parent.__pwned=9</script>"></iframe>'),
  P('iframe javascript', '<iframe src="javascript:parent.__pwned=10"></iframe>'),
  P('style expression', '<div style="width: expression(window.__pwned=11)">x</div>'),
  P('style tag import', '<style>@import "https://evil.example/x.css";</style>'),
  P('entity-encoded img', '&lt;img src=x onerror=&quot;window.__pwned=12&quot;&gt;'),
  P('numeric entities', '&#60;script&#62;window.__pwned=13&#60;/script&#62;'),
  P('attribute breakout', '"><img src=x onerror="window.__pwned=14">'),
  P('single quote breakout', "'><svg onload='window.__pwned=15'>"),
  P('textarea breakout', '</textarea><img src=x onerror="window.__pwned=16">'),
  P('title breakout', '</title><script>window.__pwned=17</script>'),
  P('template injection', "{{constructor.constructor('window.__pwned=18')()}}"),
  P('template literal', '${window.__pwned=19}'),
  P('markdown js link', '[x](javascript:window.__pwned=20)'),
  P('markdown image onerror', '![x](x" onerror="window.__pwned=21)'),
  P('markdown autolink', '<javascript:window.__pwned=22>'),
  P('markdown html block', '<details open ontoggle="window.__pwned=23">'),
  P('data url html', 'data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0yNDwvc2NyaXB0Pg=='),
  P('data url link', '<a href="data:text/html,<script>window.__pwned=25</script>">d</a>'),
  P('object data', '<object data="javascript:window.__pwned=26"></object>'),
  P('embed', '<embed src="javascript:window.__pwned=27">'),
  P('body onload', '<body onload="window.__pwned=28">'),
  P('input autofocus onfocus', '<input autofocus onfocus="window.__pwned=29">'),
  P('math href', '<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned=30">'),
  P('noscript mXSS', '<noscript><p title="</noscript><img src=x onerror=window.__pwned=31>">'),
  P('comment breakout', '<!--><img src=x onerror="window.__pwned=32">-->'),
  P('cdata', '<![CDATA[<img src=x onerror="window.__pwned=33">]]>'),
  P('meta refresh', '<meta http-equiv="refresh" content="0;url=javascript:window.__pwned=34">'),
  P('base href', '<base href="javascript:window.__pwned=35//">'),
  P('form action', '<form action="javascript:window.__pwned=36"><button>go</button></form>'),
  P('RTL override', 'invoice\u202Egnp.exe\u202C review'),
  P('null bytes', 'nul\u0000byte<scr\u0000ipt>window.__pwned=37</scr\u0000ipt>'),
  P('zero-width and BOM', '\uFEFFzero\u200Bwidth\u200D join'),
  P('unicode escapes', '\\u003cimg src=x onerror=window.__pwned=38\\u003e'),
  P('css url', '<p style="background:url(javascript:window.__pwned=39)">bg</p>'),
  P('prototype key', '__proto__'),
  P('mail header injection', 'Report\r\nBcc: attacker@evil.example\r\n\r\n<script>window.__pwned=42</script>'),
  P('lone CR and line separators', 'one\rtwo\u2028three\u2029four'),
  P('polyglot', 'jaVasCript:/*-/*`/*\\`/*\'/*"/**/(/* */oNcliCk=window.__pwned=40 )//%0D%0A%0d%0a//</stYle/</titLe/</teXtarEa/</scRipt/--!>\\x3csVg/<sVg/oNloAd=window.__pwned=41//>\\x3e'),
];

/** Just the strings. */
export const XSS_STRINGS: string[] = XSS_PAYLOADS.map((p) => p.text);

/**
 * What a payload looks like once it has gone through a reader or a renderer's one-line form:
 * whitespace runs collapsed and trimmed. HTML parsing drops NUL characters in text, so the
 * checks that go through a parser compare without them.
 */
export const asOneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();
export const withoutNul = (s: string): string => s.replace(/\u0000/g, '');
