import { listedAssistant } from './assistant-suggestion';
import { BRIEF_SCHEMA_VERSION, type Brief } from './model/brief';
import type { Presets } from './model/presets';
import { sourceKey, type Task } from './model/task';
import { rewriteTask, type RewriteResult } from './rewrite';

export interface NewBrief {
  brief: Brief;
  rewrite: RewriteResult;
}

const manualTask = (text: string, id: string): Task => {
  const [first = '', ...rest] = text.trim().split(/\r?\n/);
  const description = rest.join('\n').trim();
  return {
    source: 'manual',
    id,
    title: first.trim(),
    ...(description ? { description } : {}),
    checklist: [],
    labels: [],
    assignees: [],
  };
};

/**
 * A new draft for a task read from a page, or for text the owner typed: the one way every view
 * (popup, side panel bulk drafting, context menu and shortcut in the background) writes a brief.
 */
export function newBrief(from: Task | string, options: { presets?: Presets; now: number; id: string }): NewBrief {
  const task = typeof from === 'string' ? manualTask(from, options.id) : from;
  const rewrite = rewriteTask(task, options.presets);
  const presets = options.presets;
  // A listed assistant on the mail the task came from is the one it concerns; else the last one used.
  const assistant =
    (presets && listedAssistant(task.people ?? [], presets.assistants)) ?? presets?.assistants.find((a) => a.email === presets.lastAssistant);
  const brief: Brief = {
    schema: BRIEF_SCHEMA_VERSION,
    id: options.id,
    ...(task.source === 'manual' ? {} : { sourceKey: sourceKey(task), source: task }),
    title: rewrite.title || task.title,
    category: rewrite.category,
    triage: rewrite.triage,
    status: 'draft',
    sections: rewrite.sections,
    ...(assistant ? { assistant } : {}),
    suggested: rewrite.suggested,
    instructions: rewrite.instructions.slice(0, 50),
    createdAt: options.now,
    updatedAt: options.now,
    revision: 0,
  };
  return { brief, rewrite };
}
