// Which model, if any, can improve a brief here: the owner's endpoint when it is on and allowed,
// else Chrome's on-device model when this browser has one. Light: no prompt, schema or writer.
import { browser } from 'wxt/browser';
import { parseBaseUrl } from '../../core/ai/endpoint';
import type { AiSettings } from '../../core/ai/settings';
import { onDeviceAvailability } from './on-device';
import type { Provider } from './improve';

export async function providerFor(settings: AiSettings): Promise<Provider | undefined> {
  const e = settings.endpoint;
  if (e.on && e.model) {
    const base = parseBaseUrl(e.baseUrl);
    if (base.ok && (await browser.permissions.contains({ origins: [base.pattern] }).catch(() => false))) {
      return { kind: 'endpoint', endpoint: e, host: base.host };
    }
  }
  const availability = await onDeviceAvailability();
  return availability === 'unavailable' ? undefined : { kind: 'on-device', availability };
}
