#!/usr/bin/env node
// Runs graphql-js over the whole corpus, prints its verdicts by topic, and fails (exit 1)
// when a case's name prefix disagrees with graphql-js:
//   valid-    parses, validates, executes without errors (subscriptions: validates)
//   error-    parses, validates, and execution reports errors (field or request errors)
//   invalid-  parses, fails validation
//   syntax-   fails to parse
//
//   node run-corpus.mjs [--corpus dir] [--verbose] [--quiet] [--out verdicts.json]

import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CorpusError, INTENTS, intentOf, loadCorpus } from './corpus.mjs';
import { RequestError, runRequest } from './oracle.mjs';

function verdictOf(outcome) {
  if (outcome.syntaxError) return 'syntax';
  if (outcome.validationErrors) return 'invalid';
  return outcome.result?.errors?.length ? 'error' : 'valid';
}

function option(args, name) {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

async function main(args) {
  const here = dirname(fileURLToPath(import.meta.url));
  const corpusDir = option(args, '--corpus') ?? join(here, 'corpus');
  const { request, topics } = loadCorpus(corpusDir);
  const response = await runRequest(request);
  const outFile = option(args, '--out');
  if (outFile) writeFileSync(outFile, `${JSON.stringify(response, null, 2)}\n`);

  const byTopic = new Map([...topics.keys()].map((topic) => [topic, Object.fromEntries(INTENTS.map((i) => [i, 0]))]));
  const totals = Object.fromEntries(INTENTS.map((i) => [i, 0]));
  const mismatches = [];
  for (const outcome of response.cases) {
    const actual = verdictOf(outcome);
    byTopic.get(outcome.id.split('/')[0])[actual] += 1;
    totals[actual] += 1;
    if (intentOf(outcome.id) !== actual) mismatches.push({ outcome, actual });
    if (args.includes('--verbose')) console.log(JSON.stringify(outcome));
  }

  if (!args.includes('--quiet')) {
    const header = ['topic'.padEnd(36), ...INTENTS.map((i) => i.padStart(8))].join('');
    console.log(`graphql-js ${response.graphql} verdicts\n${header}`);
    for (const [topic, counts] of byTopic) {
      console.log([topic.padEnd(36), ...INTENTS.map((i) => String(counts[i]).padStart(8))].join(''));
    }
  }
  for (const { outcome, actual } of mismatches) {
    console.log(`MISMATCH ${outcome.id}: named '${intentOf(outcome.id)}-' but graphql-js says '${actual}': ${JSON.stringify(outcome)}`);
  }
  const summary = INTENTS.map((i) => `${totals[i]} ${i}`).join(', ');
  console.log(`corpus: ${response.cases.length} cases in ${topics.size} topics (${summary}); ${mismatches.length} disagree with their names`);
  return mismatches.length === 0 ? 0 : 1;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof CorpusError || error instanceof RequestError)) throw error;
  console.error(`corpus: ${error.message}`);
  process.exitCode = 2;
}
