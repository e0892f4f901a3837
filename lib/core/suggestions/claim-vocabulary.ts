// The English word lists behind claim comparison (normalize-claim.ts).
//
// Stop words carry no claim of their own. Beyond the usual function words they include
// reporting verbs and hedges ("said", "according", "claimed", "about", "nearly"): "The Pentagon
// said there are about 2,000 troops" and "2,000 troops, according to the Pentagon" assert the
// same thing. Currency words go too, because the number carries the amount.
export const STOP_WORDS = new Set(
  `a an the and or but nor of to in on at by for from with without into onto over under about above below
  as than then so such that this these those there here it its it's is are was were be been being am
  has have had having do does did done not no yes also only just even still yet very too more most less
  least much many some any all each every both either neither other another same own
  he she they we you i me him her them us our your their his my mine who whom whose which what when where
  why how whether if while because since until though although after before during again
  said says say saying told tells tell added adds according claimed claims claim stated states asserted
  reported reports reportedly announced insisted noted argued suggested found finds show shows showed
  estimates estimated
  around roughly approximately nearly almost circa
  pounds pound dollars dollar euros euro
  now new last next year years yesterday today week month`
    .split(/\s+/u)
    .filter(Boolean),
);

// Words that name the same thing in news copy, folded to one term. Kept short on purpose: a
// synonym that is only sometimes right (e.g. "forces" for "troops" in "market forces") costs
// less here than in general text, because a match also needs the rest of the claim to agree.
const GROUPS: Record<string, string[]> = {
  us: ['us', 'usa', 'america', 'american', 'americans', 'washington'],
  uk: ['uk', 'britain', 'british', 'england'],
  troop: ['troops', 'troop', 'soldiers', 'soldier', 'forces', 'personnel'],
  illegal: ['illegal', 'illegally', 'unlawful', 'unlawfully'],
  increase: ['doubled', 'tripled', 'rose', 'risen', 'rise', 'rises', 'increased', 'increase', 'increases', 'grew', 'grown', 'climbed', 'jumped', 'higher', 'up'],
  decrease: ['halved', 'halve', 'fell', 'fallen', 'fall', 'falls', 'dropped', 'drop', 'drops', 'decreased', 'decrease', 'declined', 'decline', 'cut', 'cuts', 'reduced', 'lower', 'down'],
  vaccine: ['vaccine', 'vaccines', 'jab', 'jabs', 'vaccination'],
  country: ['country', 'countries', 'nation', 'nations'],
  world: ['world', 'worldwide', 'global', 'globally'],
  household: ['household', 'households', 'family', 'families'],
  pupil: ['pupil', 'pupils', 'student', 'students', 'children'],
  biggest: ['biggest', 'largest', 'highest'],
  banned: ['banned', 'bans', 'ban', 'prohibited', 'prohibits'],
  record: ['record', 'ever'],
};

export const SYNONYMS = new Map<string, string>(
  Object.entries(GROUPS).flatMap(([term, words]) => words.map((word) => [word, term] as const)),
);
