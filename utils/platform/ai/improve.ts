// "Improve with AI": the task, its frame, the presets and this brief go to the model the owner has
// (Chrome's on-device model, or the endpoint they turned on); the answer comes back in the
// brief's JSON shape and is checked like the writer's own text. Loaded only when used.
import type { Brief } from '../../core/model/brief';
import type { Presets } from '../../core/model/presets';
import type { SectionKey, Sections } from '../../core/model/sections';
import type { EndpointSettings } from '../../core/ai/settings';
import { rewriteTask } from '../../core/rewrite';
import { checkAnswer } from '../../core/ai/answer';
import { buildPrompt, languageName } from '../../core/ai/prompt';
import { responseSchema } from '../../core/ai/schema';
import { scopeOf, taskOfBrief } from '../../core/ai/scope';
import { askEndpoint, EndpointError } from './endpoint-client';
import { CancelledError, TimeoutError, withDeadline } from './deadline';
import { onDeviceAvailability, promptOnDevice, type Availability } from './on-device';

export { mergeImprovement } from '../../core/ai/merge';

export type Provider = { kind: 'on-device'; availability: Exclude<Availability, 'unavailable'> } | { kind: 'endpoint'; endpoint: EndpointSettings; host: string };

export type Progress = { step: 'download'; fraction: number } | { step: 'thinking' };

export type ImproveResult =
  | { kind: 'improved'; sections: Partial<Sections>; asked: Sections; changed: SectionKey[] }
  | { kind: 'kept'; because: string }
  | { kind: 'cancelled' }
  | { kind: 'error'; message: string };

export interface ImproveRequest {
  brief: Brief;
  presets?: Presets;
  provider: Provider;
  timeoutSeconds: number;
  signal: AbortSignal;
  onProgress(p: Progress): void;
}

const kept = (because: string): ImproveResult => ({ kind: 'kept', because });

/** A DOMException from the Prompt API, in words. */
function onDeviceFailure(e: unknown): ImproveResult {
  const name = (e as { name?: string })?.name ?? '';
  const detail = (e as { message?: string })?.message ?? String(e);
  if (name === 'QuotaExceededError') return kept('the task and brief are too long for the on-device model');
  if (name === 'NotAllowedError') return { kind: 'error', message: 'Chrome needs a click to download its on-device model. Click “Improve with on-device AI” again; the brief is unchanged.' };
  if (name === 'NetworkError') return { kind: 'error', message: `Chrome could not download its on-device model (${detail}). Check the connection and try again; the brief is unchanged.` };
  return { kind: 'error', message: `Chrome’s on-device model could not answer (${name ? `${name}: ` : ''}${detail}). The brief is unchanged.` };
}

export async function improveBrief(r: ImproveRequest): Promise<ImproveResult> {
  const { input, sent } = taskOfBrief(r.brief);
  const rule = rewriteTask(input, r.presets);
  const frame = rule.frame;
  const scope = scopeOf(r.brief, rule, r.presets);
  if (!scope.open.length) return kept('every section is already your own text');
  const prompt = buildPrompt({ task: sent, frame, presets: r.presets, sections: r.brief.sections, scope });
  const answer = <T>(work: (signal: AbortSignal) => Promise<T>) => {
    r.onProgress({ step: 'thinking' });
    return withDeadline(r.timeoutSeconds, r.signal, work);
  };
  let text: string;
  try {
    if (r.provider.kind === 'on-device') {
      const language = frame.languageCode;
      if (language !== 'en' && (await onDeviceAvailability(language)) === 'unavailable') {
        return kept(`Chrome’s on-device model does not write ${languageName(frame)} on this device`);
      }
      if (r.provider.availability !== 'available') r.onProgress({ step: 'download', fraction: 0 });
      text = await promptOnDevice({
        system: prompt.system,
        user: prompt.user,
        schema: responseSchema(scope.open),
        language,
        signal: r.signal,
        onDownload: (fraction) => r.onProgress({ step: 'download', fraction }),
        answer,
      });
    } else {
      const endpoint = r.provider.endpoint;
      const reply = await answer((signal) => askEndpoint(endpoint, prompt, responseSchema(scope.open, { lengths: false }), signal));
      if ('refusal' in reply) return kept('the model declined to write it');
      if ('problem' in reply) return kept(reply.problem);
      text = reply.content;
    }
  } catch (e) {
    if (e instanceof TimeoutError) return kept(`the model did not answer within ${e.seconds} ${e.seconds === 1 ? 'second' : 'seconds'}`);
    if (e instanceof CancelledError || r.signal.aborted) return { kind: 'cancelled' };
    if (e instanceof EndpointError) return { kind: 'error', message: `${e.message} The brief is unchanged.` };
    return onDeviceFailure(e);
  }
  const checked = checkAnswer(text, { frame, sections: r.brief.sections, open: scope.open, presets: r.presets });
  if (!checked.ok) return kept(checked.rejection.because);
  return { kind: 'improved', sections: checked.sections, asked: r.brief.sections, changed: checked.changed };
}
