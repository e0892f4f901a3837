export type Figure = { name: string; value: number; unit: string; target?: string; note?: string };

export function printFigures(title: string, figures: Figure[]): void {
  console.log(`\n${title}`);
  for (const f of figures) {
    const target = f.target ? `  (target ${f.target})` : '';
    const note = f.note ? `  [${f.note}]` : '';
    console.log(`  ${f.name.padEnd(70)} ${String(f.value).padStart(10)} ${f.unit}${target}${note}`);
  }
}
