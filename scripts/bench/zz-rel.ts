import { ensureBigDesk } from './big-desk/generate-big-desk';
import { benchRelevance } from './search-relevance-bench';
import { benchSearch } from './search-bench';
import { printFigures } from './figure';
const desk = await ensureBigDesk({ size: { articles: 200, claimsPerArticle: 10, evidencePerClaim: 3, wordsPerArticle: 500 } });
printFigures('rel', await benchRelevance(desk));
printFigures('speed', await benchSearch(desk));
process.exit(0);
