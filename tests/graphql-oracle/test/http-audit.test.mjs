import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { buildSchema } from 'graphql';
import { createHandler } from 'graphql-http/lib/use/http';

const auditScript = join(dirname(fileURLToPath(import.meta.url)), '..', 'http-audit.mjs');

async function withServer(handler, use) {
  const server = createServer(handler);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    return await use(`http://127.0.0.1:${server.address().port}/graphql`);
  } finally {
    server.close();
  }
}

function runAuditScript(args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [auditScript, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

describe('http-audit.mjs', () => {
  it('passes every MUST audit against graphql-http reference handler', async () => {
    const handler = createHandler({ schema: buildSchema('type Query { hello: String }') });

    const run = await withServer(handler, (url) => runAuditScript([url, '--timeout-ms', '5000']));

    assert.equal(run.status, 0, run.stdout + run.stderr);
    const lines = run.stdout.trim().split('\n');
    const audits = lines.slice(0, -1).map((line) => JSON.parse(line));
    assert.ok(audits.length > 0);
    assert.ok(audits.every((a) => a.status === 'ok'));
    assert.match(lines.at(-1), /^audits: \d+ run, \d+ ok, 0 MUST failed/);
  });

  it('exits 1 and names the failing MUST audits of an endpoint that answers plain text', async () => {
    const handler = (_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('hello');

    const run = await withServer(handler, (url) => runAuditScript([url]));

    assert.equal(run.status, 1);
    const failed = run.stdout.trim().split('\n').slice(0, -1).map((line) => JSON.parse(line)).filter((a) => a.status === 'error');
    assert.ok(failed.length > 0);
    assert.ok(failed.every((a) => a.name.startsWith('MUST') && a.reason));
  });

  const badUsages = [
    ['no URL', [], /no endpoint URL given/],
    ['a URL that is not http', ['ftp://127.0.0.1/graphql'], /is not an http or https URL/],
    ['a timeout that is not a number', ['http://127.0.0.1/graphql', '--timeout-ms', 'soon'], /--timeout-ms needs a positive whole number/],
  ];
  for (const [what, args, message] of badUsages) {
    it(`exits 2 for ${what}`, async () => {
      const run = await runAuditScript(args);

      assert.equal(run.status, 2);
      assert.match(run.stderr, message);
    });
  }

  it('exits 2 when the endpoint cannot be reached', async () => {
    const closedPortUrl = await withServer(() => {}, async (url) => url);

    const run = await runAuditScript([closedPortUrl]);

    assert.equal(run.status, 2);
    assert.match(run.stderr, /could not run against/);
  });
});
