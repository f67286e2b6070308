// The request in a mail's text, whatever the mail app: cut at a "-- " signature line, and
// without the salutation ("Hi Sam,", "Hallo Sam,") and the sign-off with what follows it
// ("Thanks,", "Danke & Grüße"), which frame the request.
const GREETING = /^(hi|hello|hey|dear|hallo|hej|bonjour|salut|hola|ciao|good (morning|afternoon|evening))\b[^.!?\n]{0,40}[,!:]?$/i;
const SIGN_OFF =
  /^(thanks|thank you|many thanks|cheers|best|best regards|kind regards|regards|warm regards|all the best|danke|vielen dank|viele grüße|liebe grüße|beste grüße|grüße|merci|cordialement|saludos|gracias|grazie)\b[^.?\n]{0,30}[,!.]?$/i;

export function mailRequest(body: string): string {
  let lines = body.split('\n');
  const sig = lines.findIndex((l) => l === '--');
  if (sig >= 0) lines = lines.slice(0, sig);
  const request = lines.slice(lines.length > 1 && GREETING.test(lines[0].trim()) ? 1 : 0);
  const end = request.findIndex((l, i) => i > 0 && SIGN_OFF.test(l.trim()));
  return (end > 0 ? request.slice(0, end) : request).join('\n').trim();
}
