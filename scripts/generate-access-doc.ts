/**
 * Writes docs/ACCESS.md from the policy table in src/access/policy.ts. Run after changing the policy:
 *   node --import tsx scripts/generate-access-doc.ts > docs/ACCESS.md
 */
import { renderAccessDoc } from '../src/access/policy-doc.ts';

process.stdout.write(renderAccessDoc());
