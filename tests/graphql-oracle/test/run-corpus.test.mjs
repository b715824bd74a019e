import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const runner = join(dirname(fileURLToPath(import.meta.url)), '..', 'run-corpus.mjs');

function runOn(cases) {
  const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
  try {
    mkdirSync(join(dir, 'schemas'));
    mkdirSync(join(dir, 'cases'));
    writeFileSync(join(dir, 'schemas', 's.graphql'), 'type Query { a: Int b: Int! }');
    writeFileSync(join(dir, 'schemas', 's.data.json'), '{"a": 1}');
    writeFileSync(join(dir, 'cases', 't.graphql'), `# schema: s\n${cases}`);
    return spawnSync(process.execPath, [runner, '--corpus', dir], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('run-corpus.mjs', () => {
  it('passes when every name prefix matches the verdict', () => {
    const run = runOn('# case: valid-a\n{ a }\n# case: error-b\n{ b }\n# case: invalid-c\n{ c }\n# case: syntax-d\n{');

    assert.equal(run.status, 0, run.stdout);
    assert.match(run.stdout, /corpus: 4 cases in 1 topics \(1 valid, 1 error, 1 invalid, 1 syntax\); 0 disagree/);
  });

  it('fails naming a case whose prefix disagrees with graphql-js', () => {
    const run = runOn('# case: valid-a\n{ a }\n# case: valid-not-really\n{ b }');

    assert.equal(run.status, 1);
    assert.match(run.stdout, /MISMATCH t\/valid-not-really: named 'valid-' but graphql-js says 'error'/);
  });

  it('exits 2 naming the corpus problem', () => {
    const run = runOn('# case: Bad\n{ a }');

    assert.equal(run.status, 2);
    assert.match(run.stderr, /t.graphql:2: case name 'Bad'/);
  });
});
