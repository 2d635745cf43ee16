/**
 * The one rule-module form, for both returns: every `rule-<code>.ts` exports `rule`, or its year versions
 * by name and listed in `ruleVersions`, and nothing else; and every rule module is in its return's registry.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { describe, test } from 'node:test';
import { allRules as rulesCin } from '../cin-census/rules/registry.ts';
import { allRules as rules903 } from '../ssda903/rules/registry.ts';
import type { RuleInfo } from '../findings.ts';

async function ruleModules(folder: URL): Promise<[string, Record<string, unknown>][]> {
  const paths = readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter(
      (path) => /(^|\/)rule-[^/]+\.ts$/.test(path) && !path.endsWith('.cases.ts') && !path.startsWith('test-data/'),
    )
    .sort();
  return Promise.all(
    paths.map(
      async (path) =>
        [path, (await import(new URL(path, folder).href)) as Record<string, unknown>] as [
          string,
          Record<string, unknown>,
        ],
    ),
  );
}

for (const [name, folder, registered] of [
  ['SSDA903', new URL('../ssda903/rules/', import.meta.url), rules903],
  ['CIN census', new URL('../cin-census/rules/', import.meta.url), rulesCin],
] as const) {
  describe(`${name} rule modules`, async () => {
    const modules = await ruleModules(folder);

    test('each exports `rule`, or named year versions listed in `ruleVersions`, and its code matches its file', () => {
      for (const [path, module] of modules) {
        const code = /rule-([^/]+)\.ts$/.exec(path)![1];
        const rules = ('rule' in module ? [module.rule] : module.ruleVersions) as RuleInfo[] | undefined;
        assert.ok(Array.isArray(rules) && rules.length > 0, `${path}: no rule or ruleVersions`);
        const others = Object.entries(module).filter(([key]) => key !== 'rule' && key !== 'ruleVersions');
        assert.deepEqual(
          others.filter(([, value]) => !rules.includes(value as RuleInfo)).map(([key]) => key),
          [],
          `${path}: exports other than its rules`,
        );
        if ('ruleVersions' in module)
          assert.equal(others.length, rules.length, `${path}: each version is exported by name`);
        for (const rule of rules) assert.equal(rule.code, code, path);
      }
    });

    test('every rule module is in the registry', () => {
      const inRegistry = new Set<unknown>(registered);
      const missing = modules.flatMap(([path, module]) =>
        (('rule' in module ? [module.rule] : module.ruleVersions) as unknown[])
          .filter((rule) => !inRegistry.has(rule))
          .map(() => path),
      );
      assert.deepEqual(missing, []);
    });
  });
}
