// `npm run bench`: the speed targets of the issues, measured on this machine and printed.
//   --only anchoring|extraction|parsers|suggestions|similar|search|claims|dashboard|api|lighthouse|exports|public   run one part
//   --regenerate                      make the big desk (search) again
//   --rebuild                         rebuild the app before the server benchmarks
import { benchAnchoring } from './anchoring-bench';
import { benchExtraction } from './extraction-bench';
import { benchParsers } from './parsers-bench';
import { benchSuggestions } from './suggestions-bench';
import { benchSimilar } from './similar-bench';
import { benchClaimUpdates } from './api-bench';
import { benchEditors } from './editors-bench';
import { benchLighthouse } from './lighthouse-bench';
import { benchExports, createExportReview } from './export-bench';
import { benchPublicVerdictPage, createPublicVerdictLink } from './public-page-bench';
import { benchDashboard } from './dashboard-bench';
import { createDashboardDesk } from './dashboard-desk';
import { startBenchApp } from './bench-app';
import { startBareNextApp } from './bare-next-app';
import { createBenchData, createLongArticle, createUpdateTargets, signInCookie } from './bench-data';
import { printFigures } from './figure';
import { ensureBigDesk } from './big-desk/generate-big-desk';
import { benchSearch } from './search-bench';
import { benchRelevance } from './search-relevance-bench';
import { benchClaimsView } from './claims-view-bench';

/** The Lighthouse figures of a page with no code of Factdesk's (scripts/bench/bare-next-app.ts). */
async function benchBareNext() {
  const bare = await startBareNextApp({ rebuild: process.argv.includes('--rebuild') }).catch((error: unknown) => {
    console.error(`The Next.js-alone reference was skipped: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  });
  if (!bare) return [];
  try {
    return await benchLighthouse('reference: Next.js alone', bare.url, '', bare.distDir);
  } finally {
    await bare.stop();
  }
}

const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
const wants = (part: string) => !only || only === part;

if (wants('anchoring')) printFigures('Anchoring (Node)', await benchAnchoring());
if (wants('extraction')) printFigures('Article extraction (Node)', await benchExtraction());
if (wants('parsers')) printFigures('Parsers of untrusted input, worst cases (Node, one parse each)', await benchParsers());
if (wants('suggestions')) printFigures('Suggested claims and "already checked?" (Node)', await benchSuggestions());
if (wants('similar')) printFigures('"Already checked?" and suggestions through the data layer (big desk, PostgreSQL)', await benchSimilar());

if (wants('search')) {
  const desk = await ensureBigDesk({ regenerate: process.argv.includes('--regenerate') });
  const generation =
    desk.generatedSeconds === null
      ? []
      : [{ name: 'generating the big desk (SQL, through the search triggers)', value: Math.round(desk.generatedSeconds), unit: 's' }];
  printFigures(`Search (big desk: ${desk.size.articles} articles, ${desk.size.articles * desk.size.claimsPerArticle} claims)`, [
    ...generation,
    ...(await benchSearch(desk)),
    ...(await benchRelevance(desk)),
  ]);
}

if (wants('claims')) {
  // The big desk only once it exists (the search part generates it).
  const desk = await ensureBigDesk();
  printFigures(`Claims view (big desk: ${desk.size.articles * desk.size.claimsPerArticle} claims, data layer)`, await benchClaimsView(desk));
}

if (wants('api') || wants('lighthouse') || wants('exports') || wants('public') || wants('dashboard')) {
  const app = await startBenchApp({ rebuild: process.argv.includes('--rebuild') });
  try {
    const data = await createBenchData(app.databaseUrl, 30);
    if (wants('lighthouse')) {
      const cookie = await signInCookie(app.url, data.email, data.password);
      const long = await createLongArticle(app.databaseUrl, data.email, 300);
      printFigures('Article page (production build)', [
        ...(await benchLighthouse('30 claims', `${app.url}/articles/${data.articleId}`, cookie)),
        ...(await benchLighthouse('300 claims', `${app.url}/articles/${long.articleId}`, cookie)),
        // The floor on this machine: a signed-in page with a form and little else, the same
        // framework and header. The article page cannot score above what this one does.
        ...(await benchLighthouse('reference: the import page', `${app.url}/articles/new`, cookie)),
        // Below that, the framework alone: a page of text with no code of Factdesk's (scripts/bench/bare-next).
        ...(await benchBareNext()),
      ]);
    }
    if (wants('exports')) {
      // Before the API runs, so that the first PDF is the server's first (Chromium cold).
      const articleId = await createExportReview(app.databaseUrl, data.email);
      printFigures('Exports (production build, through the API)', await benchExports(app.url, data.token, articleId));
    }
    if (wants('api')) {
      // Fifty editors each saving about one change a second is already a busy newsroom: what
      // they see is the target. The saturated run shows the most the machine can do.
      const editors = await createUpdateTargets(app.databaseUrl, data.email, 60);
      const figures = await benchEditors(app.url, data.token, editors);
      // Fresh claims for the second run, so no version is shared between the two.
      const saturated = await createUpdateTargets(app.databaseUrl, data.email, 60);
      figures.push(...(await benchClaimUpdates(app.url, data.token, saturated)));
      printFigures('JSON API', figures);
    }
    if (wants('public')) {
      const url = await createPublicVerdictLink(app.databaseUrl, app.url, data.email, data.claimIds[0]!);
      printFigures('Public verdict page (production build)', await benchPublicVerdictPage(url));
    }
    if (wants('dashboard')) {
      // Last: the 100,000 claims it adds to the bench workspace would change what the others measure.
      const started = performance.now();
      const desk = await createDashboardDesk(app.databaseUrl, data.email);
      console.log(`Dashboard desk of 100,000 claims written in ${Math.round((performance.now() - started) / 1000)} s`);
      printFigures('Desk dashboard (production build, through the API)', await benchDashboard(app.url, data.token, desk));
    }
  } finally {
    await app.stop();
  }
}
process.exit(0);

