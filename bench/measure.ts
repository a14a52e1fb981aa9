/** Runs `fn` `iterations` times after a warm-up and reports latency percentiles in milliseconds. */
export async function measure(iterations: number, fn: () => Promise<unknown>) {
  for (let i = 0; i < Math.min(20, iterations); i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!;
  return { p50: at(0.5), p99: at(0.99), n: iterations };
}

export const ms = (v: number) => `${v.toFixed(2)} ms`;

export function row(label: string, ...cells: string[]) {
  process.stdout.write(`  ${label.padEnd(46)} ${cells.map((c) => c.padStart(14)).join(' ')}\n`);
}
