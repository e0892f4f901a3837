// A workspace's worth of published claims for the speed bench: seeded, so every run and
// machine scores the same claims. Statements are built from news templates with a vocabulary
// wide enough that terms have realistic document frequencies (some in thousands of claims,
// most in few), which is what decides how much work an inverted index does.
import { createRandom } from '@/lib/core/anchoring/testing/random';
import type { PublishedClaim } from '../suggest-claims';

const SUBJECTS = ['Inflation', 'Unemployment', 'Knife crime', 'Child poverty', 'Emissions', 'Rents', 'House prices', 'Measles cases', 'Waiting lists', 'Turnout', 'Net migration', 'Teacher vacancies', 'Energy bills', 'Food prices', 'Homicides', 'Shoplifting', 'Wind power', 'Coal use', 'Hospital admissions', 'Obesity', 'Exports', 'Imports', 'Wages', 'Public debt', 'Defence spending', 'Aid spending', 'Fraud', 'Road deaths', 'Literacy', 'Vaccination rates'];
const PLACES = ['England', 'Wales', 'Scotland', 'France', 'Germany', 'Syria', 'Iraq', 'Sudan', 'Kenya', 'Nigeria', 'India', 'Brazil', 'Canada', 'Australia', 'Japan', 'Poland', 'Spain', 'Italy', 'Egypt', 'Turkey', 'London', 'Paris', 'Berlin', 'Lagos', 'Delhi', 'Texas', 'Ohio', 'Ukraine', 'Russia', 'China'];
const SOURCES = ['the Office for National Statistics', 'the Home Office', 'the WHO', 'the IMF', 'the World Bank', 'the OECD', 'Eurostat', 'the Pentagon', 'the UN', 'the minister', 'the mayor', 'the opposition leader', 'a YouGov poll', 'the central bank', 'the Treasury', 'the health secretary', 'police', 'the Electoral Commission', 'Ofgem', 'the prime minister'];
const VERBS = ['rose', 'fell', 'doubled', 'halved', 'reached', 'stood at', 'climbed', 'dropped'];
const UNITS = ['%', ' per cent', ' million', ' billion', '', ',000'];

export function generatePublishedClaims(count: number, seed = 20_261_204): PublishedClaim[] {
  const random = createRandom(seed);
  const claims: PublishedClaim[] = [];
  for (let i = 0; i < count; i++) {
    const value = `${random.between(1, 999)}${random.chance(0.3) ? `.${random.between(1, 9)}` : ''}${random.pick(UNITS)}`;
    const statement = random.chance(0.5)
      ? `${random.pick(SUBJECTS)} in ${random.pick(PLACES)} ${random.pick(VERBS)} ${value} in ${random.between(1990, 2026)}, according to ${random.pick(SOURCES)}.`
      : `${capitalise(random.pick(SOURCES))} says ${random.pick(SUBJECTS).toLowerCase()} ${random.pick(VERBS)} to ${value} in ${random.pick(PLACES)} since ${random.between(1990, 2026)}.`;
    claims.push({
      id: `generated-${i}`,
      statement,
      verdictLabel: random.pick(['True', 'Mostly true', 'Mixed', 'Mostly false', 'False']),
      publishedAt: new Date(Date.UTC(2026, random.int(12), random.between(1, 28))).toISOString(),
    });
  }
  return claims;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
