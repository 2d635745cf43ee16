/**
 * Spells of one legal status made of consecutive episodes, for the rules that cap how long a status
 * may last (361-364). An open episode is counted to 31 March.
 */
import { daysBetween } from '../../../calendar/dates.ts';
import type { Dataset903 } from '../dataset.ts';
import { val } from './cells.ts';
import { collectionEnd, dateOf } from './dates.ts';
import { episodesByChild } from './episodes.ts';
import { rowsOf } from './rows.ts';

interface Dated {
  index: number;
  decom: string;
  dec: string;
}

function datedEpisodes(data: Dataset903, order: readonly number[]): Dated[] {
  const episodes = rowsOf(data, 'Episodes');
  const end = collectionEnd(data);
  return order.flatMap((index) => {
    const decom = dateOf(episodes[index], 'DECOM');
    if (decom === null) return [];
    const dec = val(episodes[index], 'DEC') === null ? end : dateOf(episodes[index], 'DEC');
    return dec === null ? [] : [{ index, decom, dec }];
  });
}

/**
 * Rows in spells of `status` lasting more than `maxDays` from first start to last end. A spell goes
 * on while each episode of the status ends on the day the child's next episode starts (rules 361, 362).
 */
export function spellsLongerThan(data: Dataset903, status: string, maxDays: number): number[] {
  const episodes = rowsOf(data, 'Episodes');
  const flagged: number[] = [];
  for (const ordered of episodesByChild(episodes).values()) {
    const all = datedEpisodes(data, ordered);
    let spell: Dated[] = [];
    let previousFlows = false;
    const close = () => {
      if (spell.length === 0) return;
      const start = spell.reduce((m, e) => (e.decom < m ? e.decom : m), spell[0]!.decom);
      const stop = spell.reduce((m, e) => (e.dec > m ? e.dec : m), spell[0]!.dec);
      if (daysBetween(start, stop) > maxDays) flagged.push(...spell.map((e) => e.index));
      spell = [];
    };
    all.forEach((episode, k) => {
      if (val(episodes[episode.index], 'LS') !== status) return;
      if (!previousFlows) close();
      spell.push(episode);
      previousFlows = all[k + 1] !== undefined && all[k + 1]!.decom === episode.dec;
    });
    close();
  }
  return flagged;
}

/**
 * Rows in runs of `status` episodes whose summed lengths exceed `maxDays`. A run continues while the
 * next episode of the status starts on or before the previous one ended (rules 363, 364).
 */
export function runsLongerThan(data: Dataset903, status: string, maxDays: number): number[] {
  const episodes = rowsOf(data, 'Episodes');
  const flagged: number[] = [];
  for (const ordered of episodesByChild(episodes).values()) {
    const withStatus = datedEpisodes(
      data,
      ordered.filter((i) => val(episodes[i], 'LS') === status),
    );
    let run: Dated[] = [];
    const close = () => {
      const total = run.reduce((sum, e) => sum + daysBetween(e.decom, e.dec), 0);
      if (total > maxDays) flagged.push(...run.map((e) => e.index));
      run = [];
    };
    for (const episode of withStatus) {
      const previous = run[run.length - 1];
      if (previous && episode.decom > previous.dec) close();
      run.push(episode);
    }
    close();
  }
  return flagged;
}
