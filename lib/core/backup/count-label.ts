/** “1 article”, “3 articles”: counts in the backup page's sentences. */
export function countLabel(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}
