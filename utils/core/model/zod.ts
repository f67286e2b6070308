// zod compiles fast validators with `new Function` unless told not to. Extension pages
// forbid that under the default CSP, so validators run interpreted from the start
// instead of probing for eval.
import { z } from 'zod';

z.config({ jitless: true });

export { z };
