// `npm run bench`: the speed targets of the issues, measured on this machine and printed.
//   --only anchoring|extraction|api|lighthouse   run one part
//   --rebuild                         rebuild the app before the server benchmarks
import { benchAnchoring } from './anchoring-bench';
import { benchExtraction } from './extraction-bench';
import { benchClaimUpdates } from './api-bench';
import { benchLighthouse } from './lighthouse-bench';
import { startBenchApp } from './bench-app';
import { createBenchData, createUpdateTargets, signInCookie } from './bench-data';
import { printFigures } from './figure';

const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
const wants = (part: string) => !only || only === part;

if (wants('anchoring')) printFigures('Anchoring (Node)', await benchAnchoring());
if (wants('extraction')) printFigures('Article extraction (Node)', await benchExtraction());

if (wants('api') || wants('lighthouse')) {
  const app = await startBenchApp({ rebuild: process.argv.includes('--rebuild') });
  try {
    const data = await createBenchData(app.databaseUrl, 30);
    if (wants('lighthouse')) {
      const cookie = await signInCookie(app.url, data.email, data.password);
      printFigures('Article page (production build)', await benchLighthouse(`${app.url}/articles/${data.articleId}`, cookie));
    }
    if (wants('api')) {
      const targets = await createUpdateTargets(app.databaseUrl, data.email, 60);
      // A newsroom's 50 editors each saving a change every few seconds is far below 200 req/s in
      // all; the paced run measures what they see, the saturated one what the machine can do.
      printFigures('JSON API', [
        ...(await benchClaimUpdates(app.url, data.token, targets, { overallRate: 200 })),
        ...(await benchClaimUpdates(app.url, data.token, targets)),
      ]);
    }
  } finally {
    await app.stop();
  }
}
process.exit(0);
