// Set-up shared by `npm start`, `npm test` and `npm run bench`, so each works on a
// fresh machine: dependencies from the lock file, and the browsers to drive.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export const run = (cmd, opts = {}) => execSync(cmd, { stdio: 'inherit', ...opts });

export function ensureDependencies() {
  if (!existsSync('node_modules/.bin/wxt')) {
    console.log('› Installing dependencies (npm ci)…');
    run('npm ci');
  }
}

export function ensureChromium() {
  ensureDebianPackage(CHROMIUM, 'chromium', 'CHROMIUM_PATH');
}

/** Firefox ESR, for the Firefox smoke flows in `npm test`. */
export function ensureFirefox() {
  ensureDebianPackage(FIREFOX, 'firefox-esr', 'FIREFOX_PATH');
}

function ensureDebianPackage(executable, pkg, envVar) {
  if (existsSync(executable)) return;
  const isRoot = process.getuid?.() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (!hasApt) {
    throw new Error(`No ${pkg} at ${executable}. Install it and set ${envVar} to its executable.`);
  }
  console.log(`› Installing Debian’s ${pkg} (apt-get)…`);
  const sudo = isRoot ? '' : 'sudo ';
  run(`${sudo}apt-get update -qq`);
  run(`${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${pkg}`);
}

export function build() {
  console.log('› Building the extension (wxt build)…');
  run('npx wxt build');
}
