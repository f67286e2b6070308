// The first-run page (welcome.html), opened once when the extension is installed.
import { browser } from 'wxt/browser';
import { DEMO_PAGE } from '../utils/platform/messages';
import { useShortcuts } from './use-shortcuts';

const SHORTCUTS_PAGE = 'chrome://extensions/shortcuts';

/** "Shortcut: <key>" as the browser assigned it, or plainly that none is set and where to set one. */
function Shortcut({ keys, name, firefox }: { keys?: Record<string, string>; name: string; firefox: boolean }) {
  if (!keys) return null;
  const key = keys[name];
  return (
    <span class="welcome-shortcut" data-testid="welcome-shortcut" data-command={name}>
      Shortcut: {key ? <kbd>{key}</kbd> : <>none set yet{firefox ? ' (set one in Add-ons › ⚙ › Manage Extension Shortcuts)' : ''}</>}
    </span>
  );
}

export function WelcomeApp({ firefox }: { firefox: boolean }) {
  const keys = useShortcuts();
  return (
    <div class="welcome">
      <header class="welcome-header">
        <img src="/icon.svg" alt="" width="56" height="56" />
        <div>
          <h1>Outcome Briefs is ready</h1>
          <p class="welcome-lede">Hand your assistant outcomes, not tasks.</p>
        </div>
      </header>

      <main>
        <ul class="welcome-what" aria-label="What it does">
          <li>
            Turns a Trello card, an Asana task or a Gmail thread into an <strong>outcome brief</strong>: the result you want, why it matters, what your assistant may
            decide alone, and how they report back. Jira, GitHub, Linear, Todoist, ClickUp, Notion and Outlook on the web too, once you turn them on in Settings ›
            Sites.
          </li>
          <li>Checks each brief for what is missing before you send it, and copies it into an email, formatted.</li>
          <li>Reviews a whole board with you: what to eliminate, what to delegate, what to keep.</li>
        </ul>

        <p>
          <a class="welcome-cta" href={DEMO_PAGE} data-testid="welcome-demo">
            Try the demo board
          </a>{' '}
          <span class="muted">A sample bakery board: nothing to sign in to.</span>
        </p>

        <section aria-labelledby="where">
          <h2 id="where">Where to find it</h2>
          <dl class="welcome-where">
            <dt>
              <img src="/icons/16.png" alt="" width="16" height="16" /> The popup
            </dt>
            <dd>
              Click the Outcome Briefs button in the toolbar.{' '}
              {firefox
                ? 'If it is not there, open the Extensions (puzzle-piece) menu and pin it to the toolbar.'
                : 'If it is not there, open the puzzle-piece menu and pin it.'}{' '}
              On a card, task or thread it reads the task and writes the brief; anywhere else, select text first or type the task.
            </dd>
            <dt>{firefox ? 'The sidebar' : 'The side panel'}</dt>
            <dd>
              Reviews the board you are looking at, task by task.{' '}
              {firefox
                ? 'Open View › Sidebar › Board review,'
                : 'Right-click the toolbar button and choose “Review this board in the side panel”,'}{' '}
              or click “Review board” in the popup. <Shortcut keys={keys} name="open-side-panel" firefox={firefox} />
            </dd>
            <dt>Copy without opening anything</dt>
            <dd>
              Copies the brief of the task open on the page, ready to paste into an email.{' '}
              <Shortcut keys={keys} name="copy-brief" firefox={firefox} />
            </dd>
          </dl>
          {!firefox && (
            <p class="hint">
              Chrome leaves a key unset when another extension already uses it, and you can change any of them.{' '}
              <button type="button" class="link-button welcome-link" onClick={() => void browser.tabs.create({ url: SHORTCUTS_PAGE })}>
                Choose your keys
              </button>
            </p>
          )}
        </section>

        <section aria-labelledby="privacy">
          <h2 id="privacy">Your tasks stay yours</h2>
          <p data-testid="welcome-privacy">
            Everything stays in this browser. Drafts are stored on this computer only, and nothing is sent anywhere unless you
            copy or email a brief yourself, or turn on an AI model endpoint of your own choosing in Settings. No account, no
            server, no analytics, no tracking.
          </p>
        </section>

        <section aria-labelledby="presets">
          <h2 id="presets">Set it up once</h2>
          <p>
            Tell it your brand standards and tone, the tools and access your assistant has, what they may decide alone, your
            spending limit and how you like reports. Every new brief starts from them.
          </p>
          <p>
            <a href="options.html" data-testid="welcome-settings">
              Open Settings
            </a>
          </p>
        </section>
      </main>
    </div>
  );
}
