// Reads the case corpus (format: README.md, "Case files") into an oracle request.
//
//   corpus/schemas/<name>.graphql     SDL of schema <name>
//   corpus/schemas/<name>.data.json   its root value
//   corpus/cases/<topic>.graphql      cases, each introduced by a "# case: <name>" line

import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

/** The verdict a case name announces by its prefix. */
export const INTENTS = ['valid', 'error', 'invalid', 'syntax'];

/** Thrown for a corpus file that breaks the format; the message names the file and line. */
export class CorpusError extends Error {}

const CASE_LINE = /^# case: (\S+)\s*$/;
const DIRECTIVE_LINE = /^# (schema|variables|operationName|document): (.*)$/;
const CASE_NAME = new RegExp(`^(${INTENTS.join('|')})-[a-z0-9]+(-[a-z0-9]+)*$`);

function isBlank(line) {
  return line.trim() === '';
}

function parseJsonDirective(value, where, expectation) {
  let parsed;
  try {
    parsed = JSON.parse(value);
  } catch (error) {
    throw new CorpusError(`${where}: not valid JSON (${error.message})`);
  }
  if (!expectation.test(parsed)) {
    throw new CorpusError(`${where}: ${expectation.says}`);
  }
  return parsed;
}

const IS_OBJECT = { test: (v) => v !== null && typeof v === 'object' && !Array.isArray(v), says: 'must be a JSON object' };
const IS_STRING = { test: (v) => typeof v === 'string', says: 'must be a JSON string' };

function applyDirective(target, key, value, where) {
  if (Object.hasOwn(target, key)) {
    throw new CorpusError(`${where}: '${key}' is given twice`);
  }
  if (key === 'variables') {
    target.variables = parseJsonDirective(value, where, IS_OBJECT);
  } else if (key === 'document') {
    target.document = parseJsonDirective(value, where, IS_STRING);
  } else {
    target[key] = value.trim();
  }
}

function trimBlankLines(lines) {
  let start = 0;
  let end = lines.length;
  while (start < end && isBlank(lines[start])) start += 1;
  while (end > start && isBlank(lines[end - 1])) end -= 1;
  return lines.slice(start, end);
}

/** Parses the text of one case file; topic is the file name without ".graphql". */
export function parseCaseFile(text, topic, fileName = `${topic}.graphql`) {
  const lines = text.split('\n').map((line) => line.replace(/\r$/, ''));
  const defaults = {};
  const cases = [];
  let current = null;
  let inDirectives = false;
  const finish = () => {
    if (!current) return;
    const body = trimBlankLines(current.body).join('\n');
    if (current.fields.document !== undefined && body !== '') {
      throw new CorpusError(`${fileName}:${current.line}: case '${current.name}' has both a '# document:' line and a document body`);
    }
    const document = current.fields.document ?? body;
    if (document === '' && current.fields.document === undefined) {
      throw new CorpusError(`${fileName}:${current.line}: case '${current.name}' has no document`);
    }
    const schema = current.fields.schema ?? defaults.schema;
    if (!schema) {
      throw new CorpusError(`${fileName}:${current.line}: case '${current.name}' names no schema (no '# schema:' line in the case or before the first case)`);
    }
    const testCase = { id: `${topic}/${current.name}`, schema, document };
    if (current.fields.variables !== undefined) testCase.variables = current.fields.variables;
    if (current.fields.operationName !== undefined) testCase.operationName = current.fields.operationName;
    cases.push(testCase);
  };
  lines.forEach((line, index) => {
    const where = `${fileName}:${index + 1}`;
    const caseMatch = CASE_LINE.exec(line);
    if (caseMatch) {
      finish();
      const name = caseMatch[1];
      if (!CASE_NAME.test(name)) {
        throw new CorpusError(`${where}: case name '${name}' must be lower-case words joined by '-' and start with one of ${INTENTS.map((i) => `'${i}-'`).join(', ')}`);
      }
      if (cases.some((c) => c.id === `${topic}/${name}`)) {
        throw new CorpusError(`${where}: case name '${name}' is used twice in this file`);
      }
      current = { name, line: index + 1, fields: {}, body: [] };
      inDirectives = true;
      return;
    }
    const directive = DIRECTIVE_LINE.exec(line);
    if (!current) {
      if (directive && directive[1] === 'schema') applyDirective(defaults, 'schema', directive[2], where);
      else if (directive) throw new CorpusError(`${where}: only '# schema:' may stand before the first case`);
      return;
    }
    if (inDirectives && directive) {
      applyDirective(current.fields, directive[1], directive[2], where);
      return;
    }
    inDirectives = false;
    current.body.push(line);
  });
  finish();
  return cases;
}

function listFiles(dir, suffix) {
  let names;
  try {
    names = readdirSync(dir);
  } catch (error) {
    throw new CorpusError(`${dir}: cannot list the corpus folder (${error.code ?? error.message})`);
  }
  return names
    .filter((name) => name.endsWith(suffix))
    .sort();
}

/** Loads a corpus directory: { request: { schemas, cases }, topics: Map<topic, caseCount> }. */
export function loadCorpus(dir) {
  const schemaDir = join(dir, 'schemas');
  const caseDir = join(dir, 'cases');
  const schemas = {};
  for (const file of listFiles(schemaDir, '.graphql')) {
    const name = basename(file, '.graphql');
    const dataFile = join(schemaDir, `${name}.data.json`);
    let rootValue;
    try {
      rootValue = JSON.parse(readFileSync(dataFile, 'utf8'));
    } catch (error) {
      throw new CorpusError(`${dataFile}: the root value of schema '${name}' cannot be read as JSON (${error.message})`);
    }
    if (rootValue === null || typeof rootValue !== 'object' || Array.isArray(rootValue)) {
      throw new CorpusError(`${dataFile}: the root value of schema '${name}' must be a JSON object`);
    }
    schemas[name] = { sdl: readFileSync(join(schemaDir, file), 'utf8'), rootValue };
  }
  const cases = [];
  const topics = new Map();
  for (const file of listFiles(caseDir, '.graphql')) {
    const topic = basename(file, '.graphql');
    const topicCases = parseCaseFile(readFileSync(join(caseDir, file), 'utf8'), topic, file);
    for (const testCase of topicCases) {
      if (!Object.hasOwn(schemas, testCase.schema)) {
        throw new CorpusError(`${file}: case '${testCase.id}' names schema '${testCase.schema}', which has no file schemas/${testCase.schema}.graphql`);
      }
    }
    topics.set(topic, topicCases.length);
    cases.push(...topicCases);
  }
  return { request: { schemas, cases }, topics };
}

/** The intent a case id announces: the prefix of its name after "<topic>/". */
export function intentOf(caseId) {
  return caseId.slice(caseId.indexOf('/') + 1).split('-')[0];
}
