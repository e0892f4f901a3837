// Debian's Chromium, as every browser run of the project starts it: the PDF export (its one user
// in the app), and the tools around it (Playwright, the Lighthouse bench), since test tools
// cannot download a browser of their own here. No 'server-only' marker: Playwright's config
// loads this file in plain Node, where that marker throws.
export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // Without it Chromium makes DNS look-ups on its own that this network refuses.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];
