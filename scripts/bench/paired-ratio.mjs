/**
 * The median of run-by-run ratios `ours[i] / reference[i]`. Part (e) interleaves the tools run by
 * run, so each run's explorer and peer are timed at the same moment of the machine; this machine's
 * speed moves by 30–50 % within minutes, and the ratio of the two medians mixes moments (the
 * explorer's median run need not be the peer's), which the paired ratio does not.
 *
 * @param {number[]} ours
 * @param {number[]} reference same length, same run order
 */
export function pairedRatio(ours, reference) {
  if (ours.length === 0 || ours.length !== reference.length)
    throw new Error(`paired ratio: ${ours.length} against ${reference.length} runs`);
  const ratios = ours.map((value, run) => value / reference[run]).sort((a, b) => a - b);
  const middle = Math.floor(ratios.length / 2);
  return ratios.length % 2 ? ratios[middle] : (ratios[middle - 1] + ratios[middle]) / 2;
}
