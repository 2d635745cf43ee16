/**
 * Missing and exploitation at a date, for a period (seed 002 paragraphs 17-19, the VEMT arrangements:
 * "36 children considered ... 27 were female and 9 were male and 20 were considered to be at potential
 * risk of CSE. Of the 20, 17 were assessed as high risk and 3 medium risk. At the end of the quarter,
 * there were 29 children subject to VEMT arrangements"):
 * - missing episodes starting in the period, and for those that ended in it the return home interview:
 *   offered within 72 hours of the return (statutory guidance on children who run away or go missing from
 *   home or care, DfE 2014; the return-interview clock counts 3 days), offered later, not offered, and
 *   taken (accepted; the store holds no interview date, so "taken" is an accepted offer);
 * - repeat missing children: two or more episodes starting in the period (`repeatAt` sets the threshold);
 * - children considered under the exploitation arrangements in the period (their latest assessment in
 *   it) by sex, at risk of sexual exploitation by level, at risk of criminal exploitation by level, with
 *   disclosures, and children subject to the arrangements at the date.
 * It lists children: each is audited (action view, entity `missing-exploitation`) in the same transaction.
 */
import { recordAudits } from '../../access/audit.ts';
import { parsePeriod, type Period } from '../../calendar/periods.ts';
import type { Db } from '../../store/db.ts';
import { councilOf, shownChildren, type ChildFilter } from '../council.ts';

export const RISK_LEVELS = ['high', 'medium', 'low'] as const;
type Risk = (typeof RISK_LEVELS)[number];

export interface MissingEpisode {
  childId: string;
  episodeId: string;
  kind: string;
  start: string;
  end: string | null;
  interviewOffered: string | null;
  /** offered within 72 hours (3 days) of the return, later, not offered, or still missing at the date. */
  interview: 'within 72 hours' | 'late' | 'not offered' | 'still missing';
  taken: boolean | null;
}

export interface ExploitationChild {
  childId: string;
  sex: string;
  assessed: string;
  sexualRisk: Risk | null;
  criminalRisk: Risk | null;
  disclosure: boolean;
  subjectAtDate: boolean;
}

export interface MissingReport {
  laCode: string;
  at: string;
  period: Period;
  episodes: MissingEpisode[];
  measures: {
    episodes: number;
    children: number;
    returned: number;
    offeredWithin72h: number;
    offeredLate: number;
    notOffered: number;
    taken: number;
    /** Share of returns offered an interview within 72 hours (whole per cent). */
    percentOfferedWithin72h: number | null;
    repeatChildren: number;
  };
  repeat: Array<{ childId: string; episodes: number }>;
  exploitation: {
    considered: number;
    bySex: Record<string, number>;
    sexualRisk: number;
    sexualRiskByLevel: Record<Risk, number>;
    criminalRisk: number;
    criminalRiskByLevel: Record<Risk, number>;
    disclosures: number;
    /** Subject to the arrangements at the date (whenever considered). */
    subjectAtDate: number;
    children: ExploitationChild[];
  };
}

interface EpisodeRow {
  child_id: string;
  id: string;
  kind: string;
  start_date: string;
  end_date: string | null;
  rhi_offered_date: string | null;
  rhi_accepted: boolean | null;
}

interface ExploitationRow {
  child_id: string;
  sex: string;
  assessment_date: string;
  sexual_exploitation_risk: Risk | null;
  criminal_exploitation_risk: Risk | null;
  disclosure: boolean;
  subject: boolean;
}

function interviewOf(e: EpisodeRow, at: string): MissingEpisode['interview'] {
  if (!e.end_date || e.end_date > at) return 'still missing';
  if (!e.rhi_offered_date || e.rhi_offered_date > at) return 'not offered';
  // 72 hours from the return: the third day after it (the return-interview clock's 3 days).
  const limit = new Date(`${e.end_date}T00:00:00Z`);
  limit.setUTCDate(limit.getUTCDate() + 3);
  return e.rhi_offered_date <= limit.toISOString().slice(0, 10) ? 'within 72 hours' : 'late';
}

const byLevel = (rows: ExploitationRow[], pick: (r: ExploitationRow) => Risk | null) =>
  Object.fromEntries(RISK_LEVELS.map((l) => [l, rows.filter((r) => pick(r) === l).length])) as Record<Risk, number>;

export async function missingReport(
  db: Db,
  request: {
    la?: string | undefined;
    at: string;
    period: string;
    repeatAt?: number;
    actor: string;
    via: string;
    /** Only the children the viewer may see are listed (the measures count every child, as figures do). */
    visible?: ChildFilter | undefined;
  },
): Promise<MissingReport> {
  const period = parsePeriod(request.period, request.at);
  const repeatAt = request.repeatAt ?? 2;
  return db.transaction(async (tx) => {
    const laCode = await councilOf(tx, request.la);
    const rows = await tx.query<EpisodeRow>(
      `SELECT child_id, id, kind, start_date::text AS start_date, end_date::text AS end_date,
              rhi_offered_date::text AS rhi_offered_date, rhi_accepted
         FROM missing_episode WHERE la_code = $1 AND start_date BETWEEN $2::date AND $3::date
        ORDER BY child_id, start_date, id`,
      [laCode, period.from, period.to],
    );
    const episodes = rows.map((e): MissingEpisode => {
      const interview = interviewOf(e, request.at);
      return {
        childId: e.child_id,
        episodeId: e.id,
        kind: e.kind,
        start: e.start_date,
        end: e.end_date && e.end_date <= request.at ? e.end_date : null,
        interviewOffered: e.rhi_offered_date && e.rhi_offered_date <= request.at ? e.rhi_offered_date : null,
        interview,
        taken: interview === 'within 72 hours' || interview === 'late' ? e.rhi_accepted : null,
      };
    });
    const counts = new Map<string, number>();
    for (const e of episodes) counts.set(e.childId, (counts.get(e.childId) ?? 0) + 1);
    const repeat = [...counts]
      .filter(([, n]) => n >= repeatAt)
      .map(([childId, n]) => ({ childId, episodes: n }))
      .sort((a, b) => b.episodes - a.episodes || a.childId.localeCompare(b.childId));
    const returned = episodes.filter((e) => e.interview !== 'still missing');
    const within = returned.filter((e) => e.interview === 'within 72 hours').length;

    const considered = await tx.query<ExploitationRow>(
      `SELECT DISTINCT ON (x.child_id) x.child_id, coalesce(ch.sex, 'unknown') AS sex,
              x.assessment_date::text AS assessment_date, x.sexual_exploitation_risk, x.criminal_exploitation_risk,
              x.disclosure,
              EXISTS (SELECT 1 FROM exploitation_assessment s WHERE s.la_code = x.la_code AND s.child_id = x.child_id
                        AND s.arrangements_start <= $3::date AND (s.arrangements_end IS NULL OR s.arrangements_end > $3::date)) AS subject
         FROM exploitation_assessment x JOIN child ch ON ch.la_code = x.la_code AND ch.id = x.child_id
        WHERE x.la_code = $1 AND x.assessment_date BETWEEN $2::date AND $3::date
        ORDER BY x.child_id, x.assessment_date DESC, x.id DESC`,
      [laCode, period.from, period.to],
    );
    const [subject] = await tx.query<{ n: number }>(
      `SELECT count(DISTINCT child_id)::int AS n FROM exploitation_assessment
        WHERE la_code = $1 AND arrangements_start <= $2::date AND (arrangements_end IS NULL OR arrangements_end > $2::date)`,
      [laCode, request.at],
    );
    const bySex: Record<string, number> = {};
    for (const r of considered) bySex[r.sex] = (bySex[r.sex] ?? 0) + 1;
    const shown = await shownChildren(tx, request.visible, [
      ...episodes.map((e) => e.childId),
      ...considered.map((r) => r.child_id),
    ]);
    const children = [...shown].sort();
    if (children.length)
      await recordAudits(
        tx,
        children.map((childId) => ({
          laCode,
          actor: request.actor,
          action: 'view' as const,
          entity: 'missing-exploitation',
          childId,
          detail: { at: request.at, period, via: request.via },
        })),
      );
    return {
      laCode,
      at: request.at,
      period,
      episodes: episodes.filter((e) => shown.has(e.childId)),
      measures: {
        episodes: episodes.length,
        children: counts.size,
        returned: returned.length,
        offeredWithin72h: within,
        offeredLate: returned.filter((e) => e.interview === 'late').length,
        notOffered: returned.filter((e) => e.interview === 'not offered').length,
        taken: returned.filter((e) => e.taken === true).length,
        percentOfferedWithin72h: returned.length ? Math.round((within / returned.length) * 100) : null,
        repeatChildren: repeat.length,
      },
      repeat: repeat.filter((r) => shown.has(r.childId)),
      exploitation: {
        considered: considered.length,
        bySex,
        sexualRisk: considered.filter((r) => r.sexual_exploitation_risk).length,
        sexualRiskByLevel: byLevel(considered, (r) => r.sexual_exploitation_risk),
        criminalRisk: considered.filter((r) => r.criminal_exploitation_risk).length,
        criminalRiskByLevel: byLevel(considered, (r) => r.criminal_exploitation_risk),
        disclosures: considered.filter((r) => r.disclosure).length,
        subjectAtDate: subject?.n ?? 0,
        children: considered
          .filter((r) => shown.has(r.child_id))
          .map((r) => ({
            childId: r.child_id,
            sex: r.sex,
            assessed: r.assessment_date,
            sexualRisk: r.sexual_exploitation_risk,
            criminalRisk: r.criminal_exploitation_risk,
            disclosure: r.disclosure,
            subjectAtDate: r.subject,
          })),
      },
    };
  });
}
