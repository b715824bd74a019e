#!/usr/bin/env node
// The differential-test oracle: graphql-js's verdict (parse, validate, execute) for every
// case of a request. The engine under test runs the same cases with the same data
// conventions (README.md, "Resolver and data conventions") and must agree.
//
//   node oracle.mjs [request.json]        request from the file, or from stdin without one
//   node oracle.mjs --corpus <dir>        request built from a case corpus (corpus.mjs)
//   node oracle.mjs --corpus <dir> --print-request
//                                         only print the request built from the corpus
//
// Writes one JSON document on stdout. Exit codes: 0 verdicts written, 2 bad request.

import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import {
  buildSchema,
  execute,
  getOperationAST,
  parse,
  printSchema,
  specifiedRules,
  validate,
  version,
} from 'graphql';
import { CorpusError, loadCorpus } from './corpus.mjs';

/** Thrown for a request the oracle cannot run; the message says what and where. */
export class RequestError extends Error {}

const ERROR_MARKER = '$error';
const ECHO_ARGS_MARKER = '$echoArgs';

function isPlainObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isMarker(value, marker) {
  return isPlainObject(value) && Object.keys(value).length === 1 && Object.hasOwn(value, marker);
}

// A marker inside a list becomes an Error instance: graphql-js raises a field error at that
// item's path when it completes an item that is an Error.
function listItemValue(item) {
  if (isMarker(item, ERROR_MARKER)) {
    return new Error(String(item[ERROR_MARKER]));
  }
  return Array.isArray(item) ? item.map(listItemValue) : item;
}

/** Default resolver plus the data markers: read the parent's own property named like the field. */
export function resolveField(source, args, _context, info) {
  if (!isPlainObject(source) || !Object.hasOwn(source, info.fieldName)) {
    return undefined;
  }
  const value = source[info.fieldName];
  if (isMarker(value, ERROR_MARKER)) {
    throw new Error(String(value[ERROR_MARKER]));
  }
  if (isMarker(value, ECHO_ARGS_MARKER)) {
    return args;
  }
  return Array.isArray(value) ? value.map(listItemValue) : value;
}

/** Abstract types resolve from the object's own __typename property. */
export function resolveType(value) {
  return isPlainObject(value) && typeof value.__typename === 'string' ? value.__typename : undefined;
}

function toJsonErrors(errors) {
  return errors.map((error) => error.toJSON());
}

function buildSchemas(schemaSpecs) {
  if (!isPlainObject(schemaSpecs)) {
    throw new RequestError('request.schemas must be an object mapping schema names to { sdl, rootValue }');
  }
  const built = new Map();
  for (const [name, spec] of Object.entries(schemaSpecs)) {
    if (!isPlainObject(spec) || typeof spec.sdl !== 'string') {
      throw new RequestError(`schema '${name}': expected { sdl: string, rootValue: object }`);
    }
    if (spec.rootValue !== undefined && !isPlainObject(spec.rootValue)) {
      throw new RequestError(`schema '${name}': rootValue must be a JSON object`);
    }
    let schema;
    try {
      schema = buildSchema(spec.sdl);
    } catch (error) {
      throw new RequestError(`schema '${name}': graphql-js cannot build it from the SDL: ${error.message}`);
    }
    built.set(name, { schema, rootValue: spec.rootValue ?? {} });
  }
  return built;
}

function checkCase(testCase, index, schemas) {
  const where = isPlainObject(testCase) && typeof testCase.id === 'string' ? `case '${testCase.id}'` : `cases[${index}]`;
  if (!isPlainObject(testCase) || typeof testCase.id !== 'string') {
    throw new RequestError(`${where}: expected an object with a string id`);
  }
  if (typeof testCase.document !== 'string') {
    throw new RequestError(`${where}: document must be a string`);
  }
  if (!schemas.has(testCase.schema)) {
    throw new RequestError(`${where}: unknown schema '${testCase.schema}'`);
  }
  if (testCase.variables !== undefined && testCase.variables !== null && !isPlainObject(testCase.variables)) {
    throw new RequestError(`${where}: variables must be a JSON object`);
  }
  if (testCase.operationName !== undefined && testCase.operationName !== null && typeof testCase.operationName !== 'string') {
    throw new RequestError(`${where}: operationName must be a string`);
  }
}

function isSubscription(document, operationName) {
  return getOperationAST(document, operationName)?.operation === 'subscription';
}

async function verdict(testCase, { schema, rootValue }) {
  const outcome = { id: testCase.id };
  let document;
  try {
    document = parse(testCase.document);
  } catch (error) {
    outcome.syntaxError = error.toJSON();
    return outcome;
  }
  const validationErrors = validate(schema, document, specifiedRules);
  if (validationErrors.length > 0) {
    outcome.validationErrors = toJsonErrors(validationErrors);
    return outcome;
  }
  if (isSubscription(document, testCase.operationName)) {
    return outcome;
  }
  const result = await execute({
    schema,
    document,
    rootValue,
    variableValues: testCase.variables ?? undefined,
    operationName: testCase.operationName ?? undefined,
    fieldResolver: resolveField,
    typeResolver: resolveType,
  });
  outcome.result = JSON.parse(JSON.stringify({ ...result, ...(result.errors && { errors: toJsonErrors(result.errors) }) }));
  return outcome;
}

/** Runs every case of a request and returns the oracle's response document. */
export async function runRequest(request) {
  if (!isPlainObject(request)) {
    throw new RequestError('the request must be a JSON object { schemas, cases }');
  }
  const schemas = buildSchemas(request.schemas);
  if (!Array.isArray(request.cases)) {
    throw new RequestError('request.cases must be an array');
  }
  request.cases.forEach((testCase, index) => checkCase(testCase, index, schemas));
  const seen = new Set();
  for (const { id } of request.cases) {
    if (seen.has(id)) throw new RequestError(`case '${id}': the id is used more than once`);
    seen.add(id);
  }
  const cases = [];
  for (const testCase of request.cases) {
    cases.push(await verdict(testCase, schemas.get(testCase.schema)));
  }
  const printed = Object.fromEntries([...schemas].map(([name, { schema }]) => [name, { printedSdl: printSchema(schema) }]));
  return { graphql: version, schemas: printed, cases };
}

function readRequest(args) {
  const corpusAt = args.indexOf('--corpus');
  if (corpusAt >= 0) {
    const dir = args[corpusAt + 1];
    if (!dir) throw new RequestError('--corpus needs a directory');
    return loadCorpus(dir).request;
  }
  const file = args.find((arg) => !arg.startsWith('--'));
  let text;
  try {
    text = readFileSync(file ?? 0, 'utf8');
  } catch (error) {
    throw new RequestError(`cannot read the request from ${file ?? 'stdin'} (${error.code ?? error.message})`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new RequestError(`${file ?? 'stdin'} is not valid JSON: ${error.message}`);
  }
}

async function main(args) {
  try {
    const request = readRequest(args);
    const response = args.includes('--print-request') ? request : await runRequest(request);
    process.stdout.write(`${JSON.stringify(response, null, 2)}\n`);
  } catch (error) {
    if (!(error instanceof RequestError || error instanceof CorpusError)) throw error;
    process.stderr.write(`oracle: ${error.message}\n`);
    process.exitCode = 2;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main(process.argv.slice(2));
}
