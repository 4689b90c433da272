/** Who graded an example; examples without a labeller (CLI, data sets, authors) are each their own voice. */
interface TVoiced {
  labeller?: string;
}

/** Each example's share of its labeller's single vote: 1 / (that labeller's examples in the set). */
export function voiceShares(examples: readonly TVoiced[]): number[] {
  const counts = new Map<string, number>();
  for (const e of examples) if (e.labeller !== undefined) counts.set(e.labeller, (counts.get(e.labeller) ?? 0) + 1);
  return examples.map((e) => (e.labeller === undefined ? 1 : 1 / counts.get(e.labeller)!));
}

/** Distinct voices, counting stopped at 3 (no cap is wider than for three). */
export function voices(examples: readonly TVoiced[]): number {
  const seen = new Set<string>();
  let unlabelled = 0;
  for (const e of examples) {
    if (e.labeller === undefined) unlabelled++;
    else seen.add(e.labeller);
    if (seen.size + unlabelled >= 3) break;
  }
  return seen.size + unlabelled;
}
