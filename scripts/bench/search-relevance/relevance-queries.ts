// The labelled relevance set, part 2: what people type, and the document (relevance-documents.ts)
// that must come up in the first five results. Categories say which forgiveness each query tests.
export type RelevanceCategory = 'exact' | 'paraphrase' | 'number' | 'typo' | 'accent' | 'partial' | 'phrase' | 'language' | 'arabic' | 'host';
export type RelevanceQuery = { q: string; expect: string; category: RelevanceCategory };

const q = (query: string, expect: string, category: RelevanceCategory): RelevanceQuery => ({ q: query, expect, category });

export const relevanceQueries: RelevanceQuery[] = [
  // rel_a01 / rel_c01 / rel_e01: Pentagon, 2,000 troops, Baltic
  q('Pentagon troops Baltic', 'rel_a01', 'exact'), q('pentagon 2000 troops', 'rel_a01', 'number'), q('Pentagon 2 000 troops', 'rel_a01', 'number'),
  q('Pentagn Baltic', 'rel_a01', 'typo'), q('Penta Lithuan', 'rel_a01', 'partial'), q('"additional troops"', 'rel_a01', 'phrase'),
  q('PENTAGON LATVIA', 'rel_a01', 'exact'), q('deploying troops Lithuania', 'rel_a01', 'paraphrase'),
  q('soldiers moving to Baltic states', 'rel_c01', 'paraphrase'), q('two thousand soldiers', 'rel_c01', 'exact'), q('Pentagon spokesperson', 'rel_c01', 'exact'),
  q('Baltc soldiers', 'rel_c01', 'typo'), q('defense.gov Baltic rotation', 'rel_e01', 'host'), q('2,000 service members', 'rel_e01', 'number'),
  q('Department of Defence Baltic', 'rel_e01', 'typo'),
  // rel_a02 / rel_c02: Lavrov
  q('Lavrov sanctions', 'rel_a02', 'accent'), q('Lavróv sanctions', 'rel_a02', 'accent'), q('LAVROV GENEVA', 'rel_a02', 'accent'),
  q('Lavorv illegal', 'rel_a02', 'typo'), q('sanction illegal Geneva', 'rel_a02', 'paraphrase'), q('"new sanctions"', 'rel_a02', 'phrase'),
  q('Sergei Lavrov', 'rel_c02', 'accent'), q('sanctions break international law', 'rel_c02', 'exact'), q('Security Council sanctions', 'rel_c02', 'exact'),
  q('sanctions against Russia', 'rel_c02', 'exact'), q('Lavr sanct', 'rel_c02', 'partial'), q('Piotr Nowak', 'rel_a02', 'exact'),
  // rel_a03 / rel_c03: 12 500 homes, $1,200,000,000 bond
  q('12500 homes', 'rel_a03', 'number'), q('12,500 homes', 'rel_a03', 'number'), q('12 500 homes council', 'rel_a03', 'number'),
  q('housing plan council approve', 'rel_a03', 'paraphrase'), q('council approves housing', 'rel_a03', 'exact'), q('Valley Record', 'rel_a03', 'exact'),
  q('1200000000 bond', 'rel_c03', 'number'), q('1,200,000,000', 'rel_c03', 'number'), q('housing plan billion dollars', 'rel_c03', 'exact'),
  q('Mayor Adeyemi', 'rel_c03', 'exact'), q('Adeyem housing', 'rel_c03', 'partial'), q('"housing plan costs"', 'rel_c03', 'phrase'),
  // rel_a04 / rel_c04 / rel_e02: measles
  q('measles unvaccinated children', 'rel_a04', 'exact'), q('measels children', 'rel_a04', 'typo'), q('347 measles', 'rel_a04', 'number'),
  q('measle infection', 'rel_a04', 'paraphrase'), q('Tomas Berg', 'rel_a04', 'exact'), q('measles vaccinated', 'rel_c04', 'exact'),
  q('patients never vaccinated', 'rel_c04', 'exact'), q('vaccinat measles patients', 'rel_c04', 'partial'), q('who.int measles', 'rel_e02', 'host'),
  q('World Health Organization measles', 'rel_e02', 'exact'), q('291 cases dose', 'rel_e02', 'number'), q('measles surveillance', 'rel_e02', 'exact'),
  q('"measles surveillance report"', 'rel_e02', 'phrase'),
  // rel_a05 / rel_c05 / rel_e03: jobs
  q('unemployment falls', 'rel_a05', 'exact'), q('unemployment rate March', 'rel_a05', 'exact'), q('jobless rate dropped', 'rel_a05', 'exact'),
  q('unemploymnt March', 'rel_a05', 'typo'), q('236000 jobs', 'rel_c05', 'number'), q('236,000 jobs', 'rel_c05', 'number'),
  q('236 000 jobs March', 'rel_c05', 'number'), q('employers created jobs', 'rel_c05', 'exact'), q('job creation employers', 'rel_c05', 'paraphrase'),
  q('219 000 revised', 'rel_c05', 'number'), q('219000 payroll', 'rel_e03', 'number'), q('nonfarm payroll', 'rel_e03', 'exact'),
  q('Bureau of Statistics employment', 'rel_e03', 'exact'), q('stats.example.gov', 'rel_e03', 'host'), q('employment situation', 'rel_e03', 'exact'),
  // rel_a06: wildfire smoke
  q('wildfire smoke schools', 'rel_a06', 'exact'), q('wildfires Sacramento', 'rel_a06', 'exact'), q('wild fire smoke', 'rel_a06', 'paraphrase'),
  q('Sacremento schools', 'rel_a06', 'typo'), q('84 schools closed', 'rel_a06', 'number'), q('school closures smoke', 'rel_a06', 'paraphrase'),
  q('Sacra smok', 'rel_a06', 'partial'), q('"closes schools"', 'rel_a06', 'phrase'),
  // rel_a07 / rel_c06: French elections
  q('élections municipales Marseille', 'rel_a07', 'exact'), q('elections municipales', 'rel_a07', 'accent'), q('election municipale reportee', 'rel_a07', 'language'),
  q('électeurs juin', 'rel_a07', 'exact'), q('electeur', 'rel_a07', 'language'), q('préfet inondations', 'rel_a07', 'exact'),
  q('prefet inondation', 'rel_a07', 'language'), q('Elodie Faure', 'rel_a07', 'accent'), q('Marsaille élections', 'rel_a07', 'typo'),
  q('inondations report du scrutin', 'rel_c06', 'exact'), q('scrutin reporte', 'rel_c06', 'language'), q('"report du scrutin"', 'rel_c06', 'phrase'),
  // rel_a08: French housing
  q('15000 logements sociaux', 'rel_a08', 'number'), q('15 000 logements', 'rel_a08', 'number'), q('logement social', 'rel_a08', 'language'),
  q('ministre du logement', 'rel_a08', 'exact'), q('Helene Duval', 'rel_a08', 'accent'), q('logemnts sociaux', 'rel_a08', 'typo'),
  q('construction logements région', 'rel_a08', 'exact'),
  // rel_a09 / rel_c07 / rel_e05: Arabic water plan
  q('الحكومة خطة المياه', 'rel_a09', 'arabic'), q('تحلية المياه', 'rel_a09', 'arabic'), q('المدن الساحلية', 'rel_a09', 'arabic'),
  q('ليلى حسن', 'rel_a09', 'arabic'), q('صحيفة الشرق', 'rel_a09', 'arabic'), q('"خطة جديدة"', 'rel_a09', 'phrase'),
  q('300 مليون دولار', 'rel_c07', 'arabic'), q('تكلفة خطة المياه', 'rel_c07', 'arabic'), q('وزارة المياه', 'rel_c07', 'arabic'),
  q('reuters desalination', 'rel_e05', 'host'), q('desalination plan', 'rel_e05', 'exact'), q('desalinaton coastal', 'rel_e05', 'typo'),
  // rel_a10: Arabic bread prices
  q('أسعار الخبز', 'rel_a10', 'arabic'), q('الخبز القاهرة', 'rel_a10', 'arabic'), q('وزارة التموين', 'rel_a10', 'arabic'),
  q('عمر سعيد', 'rel_a10', 'arabic'), q('صحيفة النيل', 'rel_a10', 'arabic'),
  // rel_a11: German toll
  q('Autobahnmaut', 'rel_a11', 'exact'), q('Maut Lastwagen', 'rel_a11', 'exact'), q('Jurgen Schafer', 'rel_a11', 'accent'),
  q('Bundesregierung plant', 'rel_a11', 'language'), q('Autobahnen 2026', 'rel_a11', 'number'), q('Autobahn', 'rel_a11', 'partial'),
  q('Bundesregirung Maut', 'rel_a11', 'typo'),
  // rel_a12: Spanish subsidies
  q('subsidios agricultores', 'rel_a12', 'exact'), q('subsidio agricultor', 'rel_a12', 'language'), q('sequía agricultores', 'rel_a12', 'exact'),
  q('sequia subsidios', 'rel_a12', 'accent'), q('Lucia Martin', 'rel_a12', 'accent'), q('450 millones euros', 'rel_a12', 'number'),
  q('ministerio de agricultura', 'rel_a12', 'exact'), q('agricultres sequia', 'rel_a12', 'typo'),
  // rel_a13 / rel_c08: bribery
  q('Okafor bribes', 'rel_a13', 'exact'), q('senator bribery denial', 'rel_a13', 'paraphrase'), q('Okafr bribes', 'rel_a13', 'typo'),
  q('construction company bribes', 'rel_a13', 'exact'), q('Capitol Report senator', 'rel_a13', 'exact'), q('Dana Whitfield', 'rel_a13', 'exact'),
  q('"politically motivated"', 'rel_c08', 'phrase'), q('bribery allegations', 'rel_c08', 'exact'), q('Chidi Okafor allegations', 'rel_c08', 'exact'),
  q('politicaly motivated', 'rel_c08', 'typo'),
  // rel_a14 / rel_c09: Oslo buses
  q('electric buses Oslo', 'rel_a14', 'exact'), q('Oslo diesel bus', 'rel_a14', 'exact'), q('electric bus fleet', 'rel_a14', 'paraphrase'),
  q('Olso electric', 'rel_a14', 'typo'), q('Ingrid Dahl', 'rel_a14', 'exact'), q('Nordic Transit', 'rel_a14', 'exact'),
  q('2019 switch electric', 'rel_a14', 'number'), q('Ruter transit', 'rel_c09', 'exact'), q('only electric buses', 'rel_c09', 'exact'),
  q('"last diesel bus"', 'rel_c09', 'phrase'),
  // rel_a15 / rel_c10 / rel_e04: reservoirs
  q('reservoir record low', 'rel_a15', 'exact'), q('reservoirs drought', 'rel_a15', 'exact'), q('resevoir drought', 'rel_a15', 'typo'),
  q('driest summer', 'rel_a15', 'exact'), q('reservoirs 18 percent capacity', 'rel_c10', 'number'), q('Water board reservoirs', 'rel_c10', 'exact'),
  q('reservoir capacity', 'rel_c10', 'paraphrase'), q('water.ca.example', 'rel_e04', 'host'), q('statewide storage record', 'rel_e04', 'exact'),
  q('State Water Resources', 'rel_e04', 'exact'), q('reservoir conditions', 'rel_e04', 'exact'),
];
