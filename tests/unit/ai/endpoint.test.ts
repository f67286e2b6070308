import { describe, expect, test } from 'vitest';
import { chatRequest, chatUrl, covers, errorExcerpt, modelsUrl, parseBaseUrl, readChat, readModels, schemaRefused } from '../../../utils/core/ai/endpoint';
import { MODEL_HOST_PATTERNS } from '../../../utils/core/ai/hosts';
import { normaliseAiSettings, defaultAiSettings } from '../../../utils/core/ai/settings';

describe('the address the owner types', () => {
  test.each([
    ['http://localhost:11434/v1', 'http://localhost:11434/v1', 'http://localhost/*'],
    ['http://localhost:11434', 'http://localhost:11434/v1', 'http://localhost/*'],
    ['  http://127.0.0.1:1234/v1/  ', 'http://127.0.0.1:1234/v1', 'http://127.0.0.1/*'],
    ['https://api.openai.com/v1/chat/completions', 'https://api.openai.com/v1', 'https://api.openai.com/*'],
    ['https://openrouter.ai/api/v1', 'https://openrouter.ai/api/v1', 'https://openrouter.ai/*'],
  ])('%s → %s, permission %s', (typed, base, pattern) => {
    expect(parseBaseUrl(typed)).toMatchObject({ ok: true, base, pattern });
    expect(chatUrl(base)).toBe(`${base}/chat/completions`);
    expect(modelsUrl(base)).toBe(`${base}/models`);
  });

  test.each([
    ['', /Type the server’s address/],
    ['localhost:11434', /Start the address with http/],
    ['http://', /not a web address/],
    ['http://192.168.1.20:11434/v1', /Plain http is allowed only for a server on this computer/],
    ['http://example.com/v1', /Plain http/],
    ['https://user:secret@api.openai.com/v1', /API key field/],
  ])('%s is refused in words', (typed, problem) => {
    const r = parseBaseUrl(typed);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toMatch(problem);
  });

  test('a server on this computer or any https address can be used, and nothing else', () => {
    const usable = (url: string) => {
      const b = parseBaseUrl(url);
      return b.ok && MODEL_HOST_PATTERNS.some((p) => covers(p, b.pattern));
    };
    expect(usable('http://localhost:11434/v1')).toBe(true);
    expect(usable('http://127.0.0.1:1234/v1')).toBe(true);
    expect(usable('https://api.openai.com/v1')).toBe(true);
    expect(usable('https://api.groq.com/openai/v1')).toBe(true);
    expect(usable('https://llm.example.com/v1')).toBe(true);
    expect(usable('http://llm.example.com/v1')).toBe(false);
    expect(usable('ftp://localhost/v1')).toBe(false);
  });

  test('match patterns: schemes, wildcard hosts and subdomains', () => {
    expect(covers('https://*/*', 'https://llm.example.com/*')).toBe(true);
    expect(covers('https://*/*', 'http://localhost/*')).toBe(false);
    expect(covers('*://*.example.com/*', 'https://a.b.example.com/*')).toBe(true);
    expect(covers('*://*.example.com/*', 'https://example.com/*')).toBe(true);
    expect(covers('https://*.example.com/*', 'https://badexample.com/*')).toBe(false);
    expect(covers('<all_urls>', 'https://a.com/*')).toBe(false);
  });
});

describe('the request and the reply', () => {
  const prompt = { system: 'S', user: 'U' };
  test('a chat completion with the schema as response_format, or without it', () => {
    const schema = { type: 'object' };
    expect(chatRequest('llama3.2', prompt, schema)).toEqual({
      model: 'llama3.2',
      messages: [
        { role: 'system', content: 'S' },
        { role: 'user', content: 'U' },
      ],
      temperature: 0.2,
      stream: false,
      response_format: { type: 'json_schema', json_schema: { name: 'outcome_brief_sections', strict: true, schema } },
    });
    expect(chatRequest('m', prompt)).not.toHaveProperty('response_format');
  });

  test('the first choice: its text, a refusal, or what is missing', () => {
    expect(readChat({ choices: [{ message: { content: '{"a":1}' } }] })).toEqual({ content: '{"a":1}' });
    expect(readChat({ choices: [{ message: { content: null, refusal: 'I can’t help with that.' } }] })).toEqual({ refusal: 'I can’t help with that.' });
    expect(readChat({ choices: [{ message: { content: '' }, finish_reason: 'content_filter' }] })).toEqual({ refusal: 'content filter' });
    expect(readChat({ choices: [] })).toHaveProperty('problem');
    expect(readChat({ choices: [{ message: { content: '  ' } }] })).toHaveProperty('problem');
    expect(readChat(null)).toHaveProperty('problem');
  });

  test('model lists, refused schemas and error texts', () => {
    expect(readModels({ object: 'list', data: [{ id: 'llama3.2' }, { id: 'qwen' }, {}] })).toEqual(['llama3.2', 'qwen']);
    expect(readModels({ models: [] })).toBeUndefined();
    expect(schemaRefused(400, '{"error":{"message":"response_format json_schema is not supported"}}')).toBe(true);
    expect(schemaRefused(400, '{"error":"model not found"}')).toBe(false);
    expect(schemaRefused(500, 'schema')).toBe(false);
    expect(errorExcerpt('{"error":{"message":"Incorrect API key provided"}}')).toBe('Incorrect API key provided');
    expect(errorExcerpt('<html>' + 'x'.repeat(400))).toHaveLength(158);
  });
});

describe('settings as stored', () => {
  test('off by default, and anything unreadable is off', () => {
    expect(normaliseAiSettings(undefined)).toEqual(defaultAiSettings());
    expect(defaultAiSettings().endpoint.on).toBe(false);
    expect(normaliseAiSettings({ endpoint: { on: 'yes', baseUrl: 7 } }).endpoint).toEqual({ on: false, baseUrl: '', model: '', apiKey: '' });
    expect(normaliseAiSettings({ auto: true, timeoutSeconds: 0.2, endpoint: { on: true, baseUrl: ' http://localhost:1/v1 ', model: 'm', apiKey: 'k' } })).toEqual({
      auto: true,
      timeoutSeconds: 1,
      endpoint: { on: true, baseUrl: 'http://localhost:1/v1', model: 'm', apiKey: 'k' },
    });
    expect(normaliseAiSettings({ timeoutSeconds: 1e9 }).timeoutSeconds).toBe(600);
  });
});
