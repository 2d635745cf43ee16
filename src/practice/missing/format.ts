/** Missing and exploitation as a table for people, or CSV of the missing episodes (JSON is the report). */
import { alignColumns, csvLines } from '../text-table.ts';
import type { MissingReport } from './missing.ts';

export function formatMissingTable(r: MissingReport): string {
  const m = r.measures;
  const x = r.exploitation;
  const lines = [
    `Missing and exploitation at ${r.at}, ${r.period.from} to ${r.period.to} (council ${r.laCode}).`,
    `Missing episodes starting in the period: ${m.episodes}, of ${m.children} child(ren); ${m.repeatChildren} went missing repeatedly.`,
    `Returned: ${m.returned}; return interview offered within 72 hours ${m.offeredWithin72h} (${m.percentOfferedWithin72h ?? '-'}%), later ${m.offeredLate}, not offered ${m.notOffered}; taken ${m.taken}.`,
    `Considered under the exploitation arrangements: ${x.considered} (${Object.entries(x.bySex)
      .map(([sex, n]) => `${n} ${sex}`)
      .join(
        ', ',
      )}); at risk of sexual exploitation ${x.sexualRisk} (high ${x.sexualRiskByLevel.high}, medium ${x.sexualRiskByLevel.medium}, low ${x.sexualRiskByLevel.low}); of criminal exploitation ${x.criminalRisk} (high ${x.criminalRiskByLevel.high}, medium ${x.criminalRiskByLevel.medium}, low ${x.criminalRiskByLevel.low}); disclosures ${x.disclosures}.`,
    `Subject to the arrangements at ${r.at}: ${x.subjectAtDate}.`,
  ];
  if (r.repeat.length)
    lines.push(
      '',
      'Repeat missing:',
      alignColumns([['  child', 'episodes'], ...r.repeat.map((c) => [`  ${c.childId}`, String(c.episodes)])]),
    );
  if (r.episodes.length)
    lines.push(
      '',
      alignColumns([
        ['  child', 'episode', 'kind', 'start', 'end', 'interview offered', 'interview', 'taken'],
        ...r.episodes.map((e) => [
          `  ${e.childId}`,
          e.episodeId,
          e.kind,
          e.start,
          e.end ?? '-',
          e.interviewOffered ?? '-',
          e.interview,
          e.taken === null ? '' : e.taken ? 'yes' : 'no',
        ]),
      ]),
    );
  if (x.children.length)
    lines.push(
      '',
      alignColumns([
        ['  child', 'sex', 'assessed', 'sexual risk', 'criminal risk', 'disclosure', 'subject at date'],
        ...x.children.map((c) => [
          `  ${c.childId}`,
          c.sex,
          c.assessed,
          c.sexualRisk ?? '-',
          c.criminalRisk ?? '-',
          c.disclosure ? 'yes' : '',
          c.subjectAtDate ? 'yes' : '',
        ]),
      ]),
    );
  return `${lines.join('\n')}\n`;
}

export function formatMissingCsv(r: MissingReport): string {
  return csvLines([
    ['child_id', 'episode_id', 'kind', 'start', 'end', 'interview_offered', 'interview', 'taken'],
    ...r.episodes.map((e) => [
      e.childId,
      e.episodeId,
      e.kind,
      e.start,
      e.end,
      e.interviewOffered,
      e.interview,
      e.taken,
    ]),
  ]);
}
