/** Every subcommand, in the order `kestrel --help` lists them. */
import type { Command } from 'commander';
import { registerDb } from './db.ts';
import { registerIndicators } from './indicators.ts';
import { registerDemo } from './demo.ts';
import { registerServe } from './serve.ts';
import { registerSynth } from './synth.ts';
import { registerMeasures } from './measures.ts';
import { registerValidate } from './validate.ts';
import { registerImport } from './import.ts';
import { registerImports } from './imports.ts';
import { registerExport } from './export.ts';
import { registerUsers } from './users.ts';
import { registerAudit } from './audit.ts';
import { registerSar } from './sar.ts';
import { registerFramework } from './framework.ts';
import { registerCommentary } from './commentary.ts';
import { registerScorecard } from './scorecard.ts';
import { registerReport } from './report.ts';
import { registerDrift } from './drift.ts';
import { registerWorkload } from './workload.ts';
import { registerProceedings } from './proceedings.ts';
import { registerAudits } from './audits.ts';
import { registerHealthChecks } from './health-checks.ts';
import { registerMissing } from './missing.ts';
import { registerBudget } from './budget.ts';
import { registerDemand } from './demand.ts';
import { registerImprovement } from './improvement.ts';

export const COMMANDS: Array<(program: Command) => void> = [
  registerDemo,
  registerServe,
  registerDb,
  registerIndicators,
  registerDrift,
  registerWorkload,
  registerProceedings,
  registerAudits,
  registerHealthChecks,
  registerMissing,
  registerBudget,
  registerDemand,
  registerImprovement,
  registerMeasures,
  registerFramework,
  registerCommentary,
  registerSynth,
  registerValidate,
  registerImport,
  registerImports,
  registerExport,
  registerScorecard,
  registerReport,
  registerUsers,
  registerAudit,
  registerSar,
];
