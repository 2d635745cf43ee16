/**
 * The sample users `kestrel demo` makes: one per role, placed so that each scoped role sees children on
 * the demo council today. The social worker is the worker with the most children allocated now; the
 * team manager runs that worker's team; the head of service runs a service holding that team (made as
 * `demo` if the council has none). Passwords are generated, stored as Argon2id hashes and returned once
 * for the caller to print; a second run finds the users there and makes none.
 */
import type { Db } from '../store/db.ts';
import { generatePassword } from './passwords.ts';
import type { Role } from './policy.ts';
import { recordAudit } from './audit.ts';
import { addUser, findUser, type RolePlacement } from './users.ts';

export interface SampleUser {
  username: string;
  role: Role;
  password: string;
  /** Where their scope comes from, for the listing. */
  scope: string;
}

/** The username of the sample user of a role: `demo-` and the role with dashes. */
export function sampleUsername(role: Role): string {
  return `demo-${role.replaceAll('_', '-')}`;
}

const ROLE_NAMES: Record<Role, string> = {
  social_worker: 'Sample Social Worker',
  team_manager: 'Sample Team Manager',
  head_of_service: 'Sample Head of Service',
  performance_analyst: 'Sample Performance Analyst',
  quality_assurance: 'Sample QA Officer',
  councillor: 'Sample Councillor',
  administrator: 'Sample Administrator',
};

/**
 * Makes the sample users of `laCode` that do not exist yet, audited as `by`; returns those made with
 * their passwords (empty when all exist). Throws when the council has no current allocation to place
 * the scoped roles on.
 */
export async function addSampleUsers(db: Db, laCode: string, on: string, by: string): Promise<SampleUser[]> {
  const [busiest] = await db.query<{ worker_id: string; team_id: string }>(
    `SELECT worker_id, team_id FROM allocation
      WHERE la_code = $1 AND start_date <= $2::date AND (end_date IS NULL OR end_date >= $2::date)
      GROUP BY worker_id, team_id ORDER BY count(*) DESC, worker_id LIMIT 1`,
    [laCode, on],
  );
  if (!busiest) throw new Error(`council ${laCode} has no child allocated on ${on}: no scope to give sample users`);
  const serviceId = await serviceOf(db, laCode, busiest.team_id, by);
  const placements: Record<Role, Omit<RolePlacement, 'role'>> = {
    social_worker: { workerId: busiest.worker_id },
    team_manager: { teamId: busiest.team_id },
    head_of_service: { serviceId },
    performance_analyst: {},
    quality_assurance: {},
    councillor: {},
    administrator: {},
  };
  const made: SampleUser[] = [];
  for (const [role, placement] of Object.entries(placements) as Array<[Role, Omit<RolePlacement, 'role'>]>) {
    const username = sampleUsername(role);
    if (await findUser(db, username)) continue;
    const password = generatePassword();
    await addUser(db, { laCode, username, displayName: ROLE_NAMES[role], role, ...placement }, password, by);
    const scope = placement.workerId
      ? `worker ${placement.workerId}`
      : placement.teamId
        ? `team ${placement.teamId}`
        : placement.serviceId
          ? `service ${placement.serviceId}`
          : role === 'performance_analyst' || role === 'quality_assurance'
            ? 'the council'
            : 'no child records';
    made.push({ username, role, password, scope });
  }
  return made;
}

/** A service holding the team: an existing one, or `demo` made for it. */
async function serviceOf(db: Db, laCode: string, teamId: string, by: string): Promise<string> {
  const [existing] = await db.query<{ service_id: string }>(
    'SELECT service_id FROM service_team WHERE la_code = $1 AND team_id = $2 ORDER BY service_id LIMIT 1',
    [laCode, teamId],
  );
  if (existing) return existing.service_id;
  await db.transaction(async (tx) => {
    await tx.query(
      "INSERT INTO service (la_code, id, name) VALUES ($1, 'demo', 'Demo service') ON CONFLICT DO NOTHING",
      [laCode],
    );
    await tx.query("INSERT INTO service_team (la_code, service_id, team_id) VALUES ($1, 'demo', $2)", [laCode, teamId]);
    await recordAudit(tx, {
      laCode,
      actor: by,
      action: 'create',
      entity: 'service',
      entityId: 'demo',
      detail: { teams: [teamId] },
    });
  });
  return 'demo';
}
