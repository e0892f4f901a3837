// Numbers written with thousands separators read as one number: "2,000" and "2 000" become
// "2000". The leading group has 1-3 digits, so "in 2019 100 people" stays apart. The index does
// the same in SQL (factdesk_search_numbers, migration `search`): keep the two alike.
const GROUPED_NUMBER = /(^|[^0-9])([0-9]{1,3}(?:[, \u00a0\u2009\u202f][0-9]{3})+)(?![0-9])/g;

export function normalizeNumbers(text: string): string {
  return text.replace(GROUPED_NUMBER, (_, before: string, number: string) => before + number.replace(/[^0-9]/g, ''));
}
