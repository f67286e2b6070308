// The owner's own OpenAI-compatible endpoint, against a fake local server started by this test:
// no request at all while it is off, its origin asked for from the click that turns it on, the
// request it sends, good and bad answers, abort when the page closes, and off again.
import { afterAll, beforeAll, describe, expect, onTestFinished, test } from 'vitest';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, type Harness } from './harness';
import { GOOD, rewriteInPopup as rewrite, section, TASK } from './ai-helpers';

type Mode = 'good' | 'bad-json' | 'refusal' | 'server-error' | 'no-schema' | 'hang';
interface Seen {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
  aborted: boolean;
}

const KEY = 'sk-test-1234567890';
let server: Server;
let port = 0;
let mode: Mode = 'good';
const seen: Seen[] = [];

const completion = (message: Record<string, unknown>) => ({
  id: 'chatcmpl-1',
  object: 'chat.completion',
  model: 'fake-model',
  choices: [{ index: 0, message: { role: 'assistant', ...message }, finish_reason: 'stop' }],
});

beforeAll(async () => {
  server = createServer((req, res) => {
    const entry: Seen = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: '', aborted: false };
    seen.push(entry);
    req.on('data', (c: Buffer) => (entry.body += c.toString()));
    res.on('close', () => {
      if (!res.writableFinished) entry.aborted = true;
    });
    req.on('end', () => {
      const send = (status: number, json: unknown) => res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(json));
      if (req.method === 'GET' && req.url === '/v1/models') return send(200, { object: 'list', data: [{ id: 'fake-model' }, { id: 'other-model' }] });
      if (req.method !== 'POST' || req.url !== '/v1/chat/completions') return send(404, { error: { message: 'not found' } });
      const body = JSON.parse(entry.body) as { response_format?: unknown };
      if (mode === 'hang') return;
      if (mode === 'server-error') return send(500, { error: { message: 'model crashed while loading' } });
      if (mode === 'refusal') return send(200, completion({ content: null, refusal: 'I’m sorry, I can’t help with that.' }));
      if (mode === 'bad-json') return send(200, completion({ content: 'Here is a better brief: the posts should be great.' }));
      if (mode === 'no-schema' && body.response_format) return send(400, { error: { message: 'response_format json_schema is not supported' } });
      const content = JSON.stringify({ sections: GOOD });
      return send(200, completion({ content: mode === 'no-schema' ? `Sure:\n\`\`\`json\n${content}\n\`\`\`` : content }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
});

/** Records in the profile that the person allowed a host permission, as Chrome does when they click Allow. */
function recordHostGrant(profile: string, extensionId: string, pattern: string) {
  const file = join(profile, 'Default', 'Preferences');
  const prefs = JSON.parse(readFileSync(file, 'utf8'));
  const settings = prefs.extensions.settings[extensionId];
  for (const key of ['granted_permissions', 'active_permissions']) {
    settings[key] = { ...settings[key], explicit_host: [...new Set([...(settings[key]?.explicit_host ?? []), pattern])] };
  }
  writeFileSync(file, JSON.stringify(prefs));
}


const granted = (h: Harness) => h.worker.evaluate(() => chrome.permissions.contains({ origins: ['http://127.0.0.1/*'] }));

describe('the model endpoint', () => {
  test('off: no request at all; turned on from Settings with its origin’s permission; sends what it says; off again', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'ob-ai-endpoint-'));
    onTestFinished(() => rmSync(profile, { recursive: true, force: true }));
    const base = `http://127.0.0.1:${port}/v1`;

    // 1. Off by default. Settings filled in but not turned on: still nothing is sent, anywhere.
    const first = await launch({ profileDir: profile });
    const id = first.extensionId;
    try {
      const options = await first.openPage('options.html');
      expect(await options.getByTestId('ai-endpoint-state').getAttribute('data-on')).toBe('false');
      await options.getByTestId('ai-endpoint-url').fill(base);
      await options.getByTestId('ai-endpoint-model').fill('fake-model');
      await options.getByTestId('ai-endpoint-key').fill(KEY);
      await options.getByTestId('ai-endpoint-key').blur();
      await expect.poll(() => options.getByTestId('ai-settings-status').textContent()).toBe('Saved.');
      // The key is masked, and the page says what would be sent where.
      expect(await options.getByTestId('ai-endpoint-key').getAttribute('type')).toBe('password');
      const sent = await options.getByTestId('ai-what-is-sent').textContent();
      expect(sent).toContain(`${base}/chat/completions`);
      expect(sent).toMatch(/title, description, checklist, labels and due date/);
      expect(sent).toMatch(/never your assistants’ names or email addresses/);
      expect(sent).toMatch(/Never your other drafts/);

      const popup = await rewrite(first);
      await popup.getByTestId('readiness').waitFor();
      await popup.waitForTimeout(300);
      expect(await popup.getByTestId('ai-improve').count()).toBe(0);
      await popup.close();
      const drafts = await first.openPage('drafts.html');
      await drafts.getByTestId('draft-row').first().getByRole('button', { name: TASK, exact: true }).click();
      await drafts.getByTestId('brief-outcome').waitFor();
      await drafts.close();

      // Turning it on asks the browser for this one origin; until the person answers, it stays off.
      await options.bringToFront();
      await options.getByTestId('ai-endpoint-on').click();
      await options.waitForTimeout(500);
      expect(await options.getByTestId('ai-endpoint-state').getAttribute('data-on')).toBe('false');
      expect(await granted(first)).toBe(false);
      expect(seen).toEqual([]);
    } finally {
      await first.close();
    }

    // 2. The person allowed it. Turned on, tested, used.
    recordHostGrant(profile, id, 'http://127.0.0.1/*');
    const h = await launch({ profileDir: profile });
    try {
      expect(await granted(h)).toBe(true);
      const options = await h.openPage('options.html');
      expect(await options.getByTestId('ai-endpoint-url').inputValue()).toBe(base);
      expect(await options.getByTestId('ai-endpoint-key').inputValue()).toBe(KEY);
      await options.getByTestId('ai-endpoint-on').click();
      await expect.poll(() => options.getByTestId('ai-endpoint-state').getAttribute('data-on')).toBe('true');
      expect(await options.getByTestId('ai-settings-status').textContent()).toContain(`sends to ${base}/chat/completions`);
      expect(seen).toEqual([]);

      await options.getByTestId('ai-endpoint-test').click();
      await expect.poll(() => options.getByTestId('ai-settings-status').textContent()).toBe(`Connected to 127.0.0.1:${port}; the model “fake-model” is there.`);
      expect(seen.map((s) => `${s.method} ${s.url}`)).toEqual(['GET /v1/models']);
      expect(seen[0]!.headers.authorization).toBe(`Bearer ${KEY}`);
      expect(seen[0]!.body).toBe('');

      // A good answer: the request's shape, then the sections improved and marked.
      mode = 'good';
      const popup = await rewrite(h);
      const button = popup.getByTestId('ai-improve');
      expect(await button.textContent()).toBe('Improve with your AI model');
      expect(await popup.getByTestId('ai-panel').textContent()).toContain(`Sends this task and brief to fake-model at 127.0.0.1:${port}.`);
      await button.click();
      await popup.getByTestId('ai-status').and(popup.locator('[data-outcome="improved"]')).waitFor();
      expect(await section(popup, 'outcome').inputValue()).toBe(GOOD.outcome);
      expect(await section(popup, 'outcome').getAttribute('data-suggested')).toBe('true');
      expect(await popup.getByTestId('ai-status').textContent()).toContain(`Improved with fake-model at 127.0.0.1:${port}: Outcome and Measure.`);
      const post = seen.at(-1)!;
      expect(`${post.method} ${post.url}`).toBe('POST /v1/chat/completions');
      expect(post.headers.authorization).toBe(`Bearer ${KEY}`);
      expect(post.headers['content-type']).toBe('application/json');
      const request = JSON.parse(post.body);
      expect(request).toMatchObject({ model: 'fake-model', stream: false, response_format: { type: 'json_schema', json_schema: { strict: true } } });
      expect(request.messages.map((m: { role: string }) => m.role)).toEqual(['system', 'user']);
      expect(request.messages[1].content).toContain(TASK);
      expect(request.messages[1].content).toContain('"object":"3 Instagram updates"');
      const schema = request.response_format.json_schema.schema;
      expect(schema.properties.sections.additionalProperties).toBe(false);
      expect(Object.keys(schema.properties.sections.properties)).toEqual(expect.arrayContaining(['outcome', 'measure', 'why']));
      expect(JSON.stringify(schema)).not.toMatch(/maxLength/);
      await popup.close();

      // Bad answers: the rule-based brief stands, and the person is told why.
      const cases: [Mode, 'kept' | 'error', RegExp][] = [
        ['bad-json', 'kept', /Kept the rule-based brief because the model’s answer was not readable JSON\./],
        ['refusal', 'kept', /Kept the rule-based brief because the model declined to write it\./],
        ['server-error', 'error', /The model server at 127\.0\.0\.1:\d+ answered with an error \(500: model crashed while loading\)\. The brief is unchanged\./],
      ];
      for (const [m, kind, message] of cases) {
        mode = m;
        const page = await rewrite(h);
        const rule = await section(page, 'outcome').inputValue();
        await page.getByTestId('ai-improve').click();
        const said = kind === 'kept' ? page.getByTestId('ai-status') : page.getByTestId('ai-error').getByRole('alert');
        await said.waitFor();
        expect(await said.textContent(), m).toMatch(message);
        expect(await section(page, 'outcome').inputValue(), m).toBe(rule);
        await page.close();
      }

      // A server without json_schema support: asked again without it, its fenced JSON parsed and checked.
      mode = 'no-schema';
      const plain = await rewrite(h);
      const before = seen.length;
      await plain.getByTestId('ai-improve').click();
      await plain.getByTestId('ai-status').and(plain.locator('[data-outcome="improved"]')).waitFor();
      const [withSchema, without] = seen.slice(before).map((s) => JSON.parse(s.body));
      expect(withSchema.response_format).toBeDefined();
      expect(without.response_format).toBeUndefined();
      expect(await section(plain, 'measure').inputValue()).toBe(GOOD.measure);
      await plain.close();

      // Closing the page aborts the request.
      mode = 'hang';
      const closing = await rewrite(h);
      const count = seen.length;
      await closing.getByTestId('ai-improve').click();
      await expect.poll(() => seen.length).toBe(count + 1);
      await closing.close();
      await expect.poll(() => seen.at(-1)!.aborted).toBe(true);

      // The key stays in this browser: an export of every draft does not carry it, nor the endpoint.
      const library = await h.openPage('drafts.html');
      await library.getByTestId('draft-row').first().waitFor();
      const [download] = await Promise.all([library.waitForEvent('download'), library.getByTestId('export-all').click()]);
      const exported = readFileSync((await download.path())!, 'utf8');
      expect(exported).toContain(TASK);
      expect(exported).not.toContain(KEY);
      expect(exported).not.toContain(`127.0.0.1:${port}`);
      await library.close();

      // Off again: the permission goes back, and nothing more is sent.
      await options.bringToFront();
      await options.getByTestId('ai-endpoint-off').click();
      await expect.poll(() => options.getByTestId('ai-endpoint-state').getAttribute('data-on')).toBe('false');
      await expect.poll(() => granted(h)).toBe(false);
      const total = seen.length;
      const after = await rewrite(h);
      await after.getByTestId('readiness').waitFor();
      await after.waitForTimeout(300);
      expect(await after.getByTestId('ai-improve').count()).toBe(0);
      await after.close();
      expect(seen.length).toBe(total);
    } finally {
      await h.close();
    }
  });

  test('an address the extension may not reach is refused in words, before anything is asked or sent', async () => {
    const h = await launch();
    try {
      const options = await h.openPage('options.html');
      await options.getByTestId('ai-endpoint-url').fill('http://192.168.1.5:11434/v1');
      await options.getByTestId('ai-endpoint-model').fill('m');
      await options.getByTestId('ai-endpoint-on').click();
      const alert = options.getByTestId('ai-settings').getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toMatch(/Plain http is allowed only for a server on this computer/);
      await options.getByTestId('ai-endpoint-url').fill('https://me:secret@llm.example.com/v1');
      await options.getByTestId('ai-endpoint-test').click();
      await expect.poll(() => alert.textContent()).toMatch(/Put the key in the API key field, not in the address/);
      expect(await options.getByTestId('ai-endpoint-state').getAttribute('data-on')).toBe('false');
    } finally {
      await h.close();
    }
  });
});
