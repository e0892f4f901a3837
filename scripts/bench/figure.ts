export type Figure = { name: string; value: number; unit: string; target?: string; note?: string };

export function printFigures(title: string, figures: Figure[]): void {
  console.log(`\n${title}`);
  for (const f of figures) {
    const target = f.target ? `  (target ${f.target})` : '';
    const note = f.note ? `  [${f.note}]` : '';
    console.log(`  ${f.name.padEnd(70)} ${String(f.value).padStart(10)} ${f.unit}${target}${note}`);
  }
}

/** Median wall time of `runs` calls of `run` (ms), after one warm-up call. */
export function medianMs(run: () => unknown, runs = 7): number {
  run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}
