#!/usr/bin/env node
// Proves the audit script against graphql-http's own reference handler: starts it on a free
// loopback port with a one-field schema, runs every audit, and stops the server. Exit 1 when
// a MUST audit fails there, which would mean the audit script itself is broken.

import { createServer } from 'node:http';
import { buildSchema } from 'graphql';
import { createHandler } from 'graphql-http/lib/use/http';
import { runAudits, summarize } from './http-audit.mjs';

const schema = buildSchema('type Query { hello: String }');
const server = createServer(createHandler({ schema, rootValue: { hello: 'world' } }));
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/graphql`;
try {
  const results = await runAudits(url, { timeoutMs: 5_000 });
  const summary = summarize(results);
  for (const result of results.filter((r) => r.status === 'error')) console.log(JSON.stringify(result));
  console.log(`selfcheck: reference server passed ${summary.ok} of ${summary.total} audits, ${summary.mustFailures} MUST failed`);
  process.exitCode = summary.mustFailures === 0 && summary.total > 0 ? 0 : 1;
} finally {
  server.close();
}
