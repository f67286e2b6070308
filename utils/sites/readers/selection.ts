import type { Task } from '../../core/model/task';
import { hash } from './dom';

const MAX_TITLE = 300;
// A line needs a letter or digit (any script) to be a title, not a divider or a lone bullet.
const MEANINGFUL = /[\p{L}\p{N}]/u;
const BULLET = /^(?:[-*•·‣◦▪–—>]+|\d+[.)]|\[[ xX]?\])\s+/;

function shorten(line: string): string {
  if (line.length <= MAX_TITLE) return line;
  const cut = line.slice(0, MAX_TITLE - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > MAX_TITLE / 2 ? cut.slice(0, space) : cut}…`;
}

/** A task from text a person selected on any page; null when nothing meaningful was selected. */
export function taskFromSelection(text: string, pageUrl: string, pageTitle: string): Task | null {
  const lines = (text ?? '').replace(/\r\n?/g, '\n').split('\n').map((l) => l.replace(/\s+/g, ' ').trim());
  const at = lines.findIndex((l) => MEANINGFUL.test(l));
  if (at < 0) return null;
  const line = lines[at].replace(BULLET, '');
  const title = shorten(line);
  // A cut title keeps its full wording at the top of the description.
  const rest = [...(title === line ? [] : [line]), ...lines.slice(at + 1)]
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const task: Task = {
    source: 'selection',
    id: `s${hash(`${pageUrl}\n${text}`)}`,
    title,
    checklist: [],
    labels: [],
    assignees: [],
  };
  if (pageUrl) task.url = pageUrl;
  if (rest) task.description = rest;
  if (pageTitle?.trim()) task.board = pageTitle.trim();
  return task;
}
