/**
 * The practice tools' request and response schemas (GET /api/practice/...), in zod: the routes validate
 * their queries with them and the OpenAPI document describes the answers from them. The answers are the
 * tools' own report shapes (src/practice), the same JSON as `kestrel drift|workload|proceedings|missing
 * --format json`, with only the children the caller may see listed.
 */
import { z } from '@hono/zod-openapi';
import { CLOCK_STATUSES } from '../../practice/clocks/engine.ts';

const at = z.iso
  .date()
  .optional()
  .openapi({ description: 'The date to look at, YYYY-MM-DD (default today).', example: '2026-06-30' });
const level = z.string().max(120).optional().openapi({
  description:
    "team:ID or worker:ID (default: the caller's own level; a social worker their worker record, a team manager their team, others the council)",
});
const period = (fallback: string) =>
  z
    .string()
    .max(40)
    .optional()
    .openapi({ description: `month, quarter, ytd, fy, r12 or FROM..TO (default ${fallback}; at most three years)` });

export const DriftQuerySchema = z.object({
  at,
  level,
  clock: z
    .union([z.string().max(80), z.array(z.string().max(80))])
    .optional()
    .openapi({ description: 'Clock ids of data/practice/clocks.json (repeat the parameter); default every clock.' }),
});

export const WorkloadQuerySchema = z.object({
  at,
  level,
  move: z.string().min(1).max(20).optional().openapi({ description: 'What if this child were held by `to`.' }),
  to: z.string().min(1).max(40).optional().openapi({ description: 'The worker the child would move to.' }),
});

export const ProceedingsQuerySchema = z.object({ at, period: period('fy') });

export const MissingQuerySchema = z.object({
  at,
  period: period('quarter'),
  repeat: z.coerce
    .number()
    .int()
    .min(2)
    .max(100)
    .optional()
    .openapi({ description: 'Episodes in the period that make a child a repeat missing child (default 2).' }),
});

const Level = z.object({ kind: z.enum(['team', 'worker']), id: z.string() }).nullable();

const ClockSchema = z
  .object({
    clockId: z.string(),
    title: z.string(),
    citation: z.string(),
    local: z.boolean(),
    childId: z.string(),
    recordId: z.string(),
    started: z.string(),
    due: z.string(),
    met: z.string().nullable(),
    status: z.enum(CLOCK_STATUSES),
    daysOver: z.number(),
    teamId: z.string().nullable(),
    workerId: z.string().nullable(),
  })
  .openapi('Clock');

const DriftCount = z.object({
  teamId: z.string().nullable(),
  teamName: z.string().nullable(),
  workerId: z.string().nullable(),
  workerName: z.string().nullable(),
  overdue: z.number(),
  dueSoon: z.number(),
});

export const DriftReportSchema = z
  .object({
    laCode: z.string(),
    at: z.string(),
    level: Level,
    rules: z.array(z.object({ id: z.string(), title: z.string(), citation: z.string(), local: z.boolean() })),
    clocksComputed: z.number(),
    items: z
      .array(ClockSchema)
      .openapi({ description: 'Overdue and due-soon clocks of the children the caller may see.' }),
    byTeam: z.array(DriftCount).openapi({ description: 'Counts of every child at the level (figures).' }),
    byWorker: z.array(DriftCount),
  })
  .openapi('DriftReport');

const WorkerLoad = z
  .object({
    workerId: z.string(),
    name: z.string(),
    teamId: z.string(),
    role: z.string(),
    fte: z.number(),
    experienced: z.boolean(),
    asye: z.boolean(),
    cases: z.number(),
    basePoints: z.number(),
    points: z.number(),
    capacity: z.number(),
    percentOfCapacity: z.number().nullable(),
    aboveIdeal: z.boolean(),
  })
  .openapi('WorkerLoad');

export const WorkloadReportSchema = z
  .object({
    laCode: z.string(),
    at: z.string(),
    level: Level,
    ideal: z.number(),
    workers: z.array(WorkerLoad),
    teams: z.array(
      z.object({
        teamId: z.string(),
        teamName: z.string().nullable(),
        workers: z.number(),
        cases: z.number(),
        points: z.number(),
        meanPoints: z.number().nullable(),
        minPoints: z.number().nullable(),
        maxPoints: z.number().nullable(),
        overCapacity: z.number(),
      }),
    ),
    experiencedAboveIdeal: z.object({ above: z.number(), of: z.number(), percent: z.number().nullable() }),
    unallocated: z
      .array(
        z.object({
          childId: z.string(),
          what: z.string(),
          opened: z.string(),
          waitingSince: z.string(),
          waitingDays: z.number(),
        }),
      )
      .nullable()
      .openapi({ description: 'Council level only; the children the caller may see.' }),
    move: z
      .object({
        childId: z.string(),
        from: z.object({ before: WorkerLoad, after: WorkerLoad }).nullable(),
        to: z.object({ before: WorkerLoad, after: WorkerLoad }),
      })
      .nullable()
      .openapi({ description: 'The what-if: both workers before and after; nothing is written.' }),
    caseloadPerFte: z.object({ socialWorkers: z.number().nullable(), iros: z.number().nullable() }),
  })
  .openapi('WorkloadReport');

const ClockState = z.object({
  clockId: z.string().optional(),
  due: z.string(),
  status: z.enum(CLOCK_STATUSES),
  daysOver: z.number(),
});

const TrackedCase = z
  .object({
    childId: z.string(),
    proceedingsId: z.string(),
    stage: z.enum(['pre-proceedings', 'proceedings']),
    stageStarted: z.string(),
    week: z.number(),
    expectedEnd: z.string(),
    clocks: z.array(ClockState),
  })
  .openapi('TrackedCase');

export const ProceedingsReportSchema = z
  .object({
    laCode: z.string(),
    at: z.string(),
    period: z.string(),
    cases: z.array(TrackedCase),
    past26Weeks: z.array(TrackedCase),
    prePast16Weeks: z.array(TrackedCase),
    prePast3Months: z.array(TrackedCase),
    noPermanencePlan: z.array(
      z.object({ childId: z.string(), started: z.string(), due: z.string(), daysOver: z.number() }),
    ),
    adoption: z.array(
      z.object({
        childId: z.string(),
        adoptionId: z.string(),
        enteredCare: z.string(),
        decision: z.string(),
        placementOrder: z.string().nullable(),
        matched: z.string().nullable(),
        placed: z.string().nullable(),
        daysInCare: z.number(),
        overA1: z.boolean(),
        match: ClockState.nullable(),
      }),
    ),
    duration: z.object({
      cases: z.number(),
      weeks: z.number(),
      averageWeeks: z.number().nullable(),
      from: z.string(),
      to: z.string(),
    }),
  })
  .openapi('ProceedingsReport');

const Risk = z.enum(['high', 'medium', 'low']);
const ByLevel = z.object({ high: z.number(), medium: z.number(), low: z.number() });

export const MissingReportSchema = z
  .object({
    laCode: z.string(),
    at: z.string(),
    period: z.object({ from: z.string(), to: z.string() }),
    episodes: z.array(
      z.object({
        childId: z.string(),
        episodeId: z.string(),
        kind: z.string(),
        start: z.string(),
        end: z.string().nullable(),
        interviewOffered: z.string().nullable(),
        interview: z.enum(['within 72 hours', 'late', 'not offered', 'still missing']),
        taken: z.boolean().nullable(),
      }),
    ),
    measures: z.object({
      episodes: z.number(),
      children: z.number(),
      returned: z.number(),
      offeredWithin72h: z.number(),
      offeredLate: z.number(),
      notOffered: z.number(),
      taken: z.number(),
      percentOfferedWithin72h: z.number().nullable(),
      repeatChildren: z.number(),
    }),
    repeat: z.array(z.object({ childId: z.string(), episodes: z.number() })),
    exploitation: z.object({
      considered: z.number(),
      bySex: z.record(z.string(), z.number()),
      sexualRisk: z.number(),
      sexualRiskByLevel: ByLevel,
      criminalRisk: z.number(),
      criminalRiskByLevel: ByLevel,
      disclosures: z.number(),
      subjectAtDate: z.number(),
      children: z.array(
        z.object({
          childId: z.string(),
          sex: z.string(),
          assessed: z.string(),
          sexualRisk: Risk.nullable(),
          criminalRisk: Risk.nullable(),
          disclosure: z.boolean(),
          subjectAtDate: z.boolean(),
        }),
      ),
    }),
  })
  .openapi('MissingReport');
