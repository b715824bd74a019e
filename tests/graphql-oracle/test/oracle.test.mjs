import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { RequestError, runRequest } from '../oracle.mjs';

const oracleScript = join(dirname(fileURLToPath(import.meta.url)), '..', 'oracle.mjs');

const sdl = `
  interface Named { name: String }
  type Person implements Named { name: String friends: [Person] age: Int! }
  scalar JSON
  type Query { person: Person named: Named echo(a: Int, b: [String] = ["x"]): JSON failing: String }
  type Subscription { ticks: Int }
`;
const rootValue = {
  person: { name: 'Ann', age: 30, friends: [{ name: 'Bo', age: 1 }, { $error: 'friend lost' }, { name: 'Cy', age: 2 }] },
  named: { __typename: 'Person', name: 'Ann' },
  echo: { $echoArgs: true },
  failing: { $error: 'boom' },
};

function request(cases) {
  return { schemas: { s: { sdl, rootValue } }, cases: cases.map((c, i) => ({ id: `c${i}`, schema: 's', ...c })) };
}

describe('runRequest', () => {
  it('reports a syntax error with its message and location', async () => {
    const { cases } = await runRequest(request([{ document: '{ person { name }' }]));

    assert.deepEqual(cases[0], {
      id: 'c0',
      syntaxError: { message: 'Syntax Error: Expected Name, found <EOF>.', locations: [{ line: 1, column: 18 }] },
    });
  });

  it('reports validation errors and does not execute', async () => {
    const { cases } = await runRequest(request([{ document: '{ person { zzz } }' }]));

    assert.deepEqual(cases[0], {
      id: 'c0',
      validationErrors: [{ message: 'Cannot query field "zzz" on type "Person".', locations: [{ line: 1, column: 12 }] }],
    });
  });

  it('turns an $error marker into a field error and one in a list into an item error', async () => {
    const { cases } = await runRequest(request([{ document: '{ failing person { friends { name } } }' }]));

    assert.deepEqual(cases[0].result, {
      errors: [
        { message: 'boom', locations: [{ line: 1, column: 3 }], path: ['failing'] },
        { message: 'friend lost', locations: [{ line: 1, column: 20 }], path: ['person', 'friends', 1] },
      ],
      data: { failing: null, person: { friends: [{ name: 'Bo' }, null, { name: 'Cy' }] } },
    });
  });

  it('echoes coerced arguments for an $echoArgs marker and resolves abstract types by __typename', async () => {
    const { cases } = await runRequest(request([{ document: 'query Q($a: Int) { echo(a: $a) named { __typename name } }', variables: { a: 3 } }]));

    assert.deepEqual(cases[0].result, { data: { echo: { a: 3, b: ['x'] }, named: { __typename: 'Person', name: 'Ann' } } });
  });

  it('returns variable coercion errors without data', async () => {
    const { cases } = await runRequest(request([{ document: 'query Q($a: Int) { echo(a: $a) }', variables: { a: 'one' } }]));

    assert.deepEqual(Object.keys(cases[0].result), ['errors']);
    assert.match(cases[0].result.errors[0].message, /Variable "\$a" got invalid value "one"/);
  });

  it('validates a subscription but leaves its result out', async () => {
    const { cases } = await runRequest(request([{ document: 'subscription { ticks }' }]));

    assert.deepEqual(cases[0], { id: 'c0' });
  });

  it('runs the operation named by operationName', async () => {
    const { cases } = await runRequest(request([{ document: 'query A { failing } query B { person { name } }', operationName: 'B' }]));

    assert.deepEqual(cases[0].result, { data: { person: { name: 'Ann' } } });
  });

  it('gives graphql-js version and printed SDL of every schema', async () => {
    const response = await runRequest(request([]));

    assert.match(response.graphql, /^16\./);
    assert.match(response.schemas.s.printedSdl, /^interface Named \{/);
  });

  const badRequests = [
    ['a request that is not an object', [], /the request must be a JSON object/],
    ['a request without schemas', { cases: [] }, /request.schemas must be an object/],
    ['a schema without SDL', { schemas: { s: { rootValue: {} } }, cases: [] }, /schema 's': expected \{ sdl: string/],
    ['a root value that is not an object', { schemas: { s: { sdl, rootValue: [] } }, cases: [] }, /schema 's': rootValue must be a JSON object/],
    ['SDL that graphql-js cannot build', { schemas: { s: { sdl: 'type Query { a: Nope }' } }, cases: [] }, /schema 's': graphql-js cannot build it from the SDL: Unknown type "Nope"/],
    ['cases that are not a list', { schemas: {}, cases: {} }, /request.cases must be an array/],
    ['a case without an id', { schemas: { s: { sdl } }, cases: [{ schema: 's', document: '{}' }] }, /cases\[0\]: expected an object with a string id/],
    ['a case naming an unknown schema', { schemas: { s: { sdl } }, cases: [{ id: 'x', schema: 't', document: '{}' }] }, /case 'x': unknown schema 't'/],
    ['a case whose document is not a string', { schemas: { s: { sdl } }, cases: [{ id: 'x', schema: 's', document: 1 }] }, /case 'x': document must be a string/],
    ['variables that are not an object', { schemas: { s: { sdl } }, cases: [{ id: 'x', schema: 's', document: '{}', variables: [1] }] }, /case 'x': variables must be a JSON object/],
    ['an operationName that is not a string', { schemas: { s: { sdl } }, cases: [{ id: 'x', schema: 's', document: '{}', operationName: 1 }] }, /case 'x': operationName must be a string/],
    ['an id used twice', { schemas: { s: { sdl } }, cases: [{ id: 'x', schema: 's', document: '{}' }, { id: 'x', schema: 's', document: '{}' }] }, /case 'x': the id is used more than once/],
  ];
  for (const [what, body, message] of badRequests) {
    it(`rejects ${what}`, async () => {
      await assert.rejects(runRequest(body), (error) => error instanceof RequestError && message.test(error.message));
    });
  }
});

describe('oracle.mjs on the command line', () => {
  it('reads the request from stdin and writes the verdicts on stdout', () => {
    const run = spawnSync(process.execPath, [oracleScript], { input: JSON.stringify(request([{ document: '{ person { name } }' }])), encoding: 'utf8' });

    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(JSON.parse(run.stdout).cases, [{ id: 'c0', result: { data: { person: { name: 'Ann' } } } }]);
  });

  it('exits 2 with a message on stdin that is not JSON', () => {
    const run = spawnSync(process.execPath, [oracleScript], { input: '{ not json', encoding: 'utf8' });

    assert.equal(run.status, 2);
    assert.match(run.stderr, /^oracle: stdin is not valid JSON/);
    assert.equal(run.stdout, '');
  });

  it('exits 2 when the request file cannot be read', () => {
    const run = spawnSync(process.execPath, [oracleScript, join(dirname(oracleScript), 'no-such-request.json')], { encoding: 'utf8' });

    assert.equal(run.status, 2);
    assert.match(run.stderr, /^oracle: cannot read the request from .*no-such-request.json \(ENOENT\)/);
  });

  it('exits 2 naming the request problem', () => {
    const run = spawnSync(process.execPath, [oracleScript], { input: '{"schemas": {}, "cases": [{"id": "a", "schema": "nope", "document": "{}"}]}', encoding: 'utf8' });

    assert.equal(run.status, 2);
    assert.equal(run.stderr, "oracle: case 'a': unknown schema 'nope'\n");
  });
});
