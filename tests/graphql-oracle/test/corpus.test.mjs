import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { CorpusError, intentOf, loadCorpus, parseCaseFile } from '../corpus.mjs';

const corpusDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'corpus');

describe('parseCaseFile', () => {
  it('reads cases with the file schema, directives and a document between blank lines', () => {
    const text = [
      '# about this topic',
      '# schema: pets',
      '',
      '# case: valid-first',
      '# variables: {"a": 1}',
      '# operationName: Q',
      '',
      'query Q($a: Int) {',
      '  dog { name }',
      '}',
      '',
      '# case: invalid-second',
      '# schema: starwars',
      '# a comment that belongs to the document',
      '{ hero }',
    ].join('\n');

    const cases = parseCaseFile(text, 'topic');

    assert.deepEqual(cases, [
      { id: 'topic/valid-first', schema: 'pets', document: 'query Q($a: Int) {\n  dog { name }\n}', variables: { a: 1 }, operationName: 'Q' },
      { id: 'topic/invalid-second', schema: 'starwars', document: '# a comment that belongs to the document\n{ hero }' },
    ]);
  });

  it('strips carriage returns of CRLF files but keeps those of a JSON document line', () => {
    const text = '# schema: s\r\n# case: syntax-a\r\n# document: "{\\r\\n"\r\n# case: valid-b\r\n{ a }\r\n';

    const cases = parseCaseFile(text, 't');

    assert.equal(cases[0].document, '{\r\n');
    assert.equal(cases[1].document, '{ a }');
  });

  it('accepts an empty document given as a JSON line', () => {
    const cases = parseCaseFile('# schema: s\n# case: syntax-empty\n# document: ""\n', 't');

    assert.equal(cases[0].document, '');
  });

  const rejections = [
    ['a case name without an intent prefix', '# schema: s\n# case: odd-name\n{ a }', /must be lower-case words joined by '-' and start with one of/],
    ['a case name with capitals', '# schema: s\n# case: valid-Name\n{ a }', /case name 'valid-Name'/],
    ['a case name used twice', '# schema: s\n# case: valid-a\n{ a }\n# case: valid-a\n{ b }', /t.graphql:4: case name 'valid-a' is used twice/],
    ['variables that are not JSON', '# schema: s\n# case: valid-a\n# variables: {a: 1}\n{ a }', /t.graphql:3: not valid JSON/],
    ['variables that are not an object', '# schema: s\n# case: valid-a\n# variables: [1]\n{ a }', /t.graphql:3: must be a JSON object/],
    ['a document line that is not a JSON string', '# schema: s\n# case: valid-a\n# document: 5', /t.graphql:3: must be a JSON string/],
    ['both a document line and a body', '# schema: s\n# case: valid-a\n# document: "{ a }"\n{ b }', /has both a '# document:' line and a document body/],
    ['a case without a document', '# schema: s\n# case: valid-a\n\n# case: valid-b\n{ a }', /t.graphql:2: case 'valid-a' has no document/],
    ['a case without a schema', '# case: valid-a\n{ a }', /names no schema/],
    ['a directive other than schema before the first case', '# variables: {}\n# case: valid-a\n{ a }', /t.graphql:1: only '# schema:' may stand before the first case/],
    ['a directive given twice', '# schema: s\n# case: valid-a\n# operationName: A\n# operationName: B\n{ a }', /'operationName' is given twice/],
  ];
  for (const [what, text, message] of rejections) {
    it(`rejects ${what}`, () => {
      assert.throws(() => parseCaseFile(text, 't'), (error) => error instanceof CorpusError && message.test(error.message));
    });
  }
});

describe('intentOf', () => {
  it('reads the prefix of the case name after the topic', () => {
    assert.equal(intentOf('syntax/invalid-null-is-just-a-type-name-here'), 'invalid');
  });
});

describe('the committed corpus', () => {
  it('holds at least 320 cases over the four schemas, each id once', () => {
    const { request } = loadCorpus(corpusDir);

    const ids = request.cases.map((c) => c.id);
    assert.ok(ids.length >= 320, `only ${ids.length} cases`);
    assert.equal(new Set(ids).size, ids.length);
    assert.deepEqual(Object.keys(request.schemas).sort(), ['inputs', 'nulls', 'pets', 'starwars']);
  });
});

describe('loadCorpus', () => {
  function withCorpus(files, use) {
    const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
    try {
      mkdirSync(join(dir, 'schemas'));
      mkdirSync(join(dir, 'cases'));
      for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text);
      return use(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it('rejects a folder without schemas/', () => {
    assert.throws(() => loadCorpus(join(tmpdir(), 'no-such-corpus')), (error) => error instanceof CorpusError && /cannot list the corpus folder \(ENOENT\)/.test(error.message));
  });

  it('rejects a schema without a data file', () => {
    withCorpus({ 'schemas/s.graphql': 'type Query { a: Int }' }, (dir) => {
      assert.throws(() => loadCorpus(dir), (error) => error instanceof CorpusError && /s.data.json: the root value of schema 's' cannot be read as JSON/.test(error.message));
    });
  });

  it('rejects a root value that is not a JSON object', () => {
    withCorpus({ 'schemas/s.graphql': 'type Query { a: Int }', 'schemas/s.data.json': '[1]' }, (dir) => {
      assert.throws(() => loadCorpus(dir), (error) => error instanceof CorpusError && /must be a JSON object/.test(error.message));
    });
  });

  it('rejects a case naming a schema that has no file', () => {
    const files = { 'schemas/s.graphql': 'type Query { a: Int }', 'schemas/s.data.json': '{}', 'cases/t.graphql': '# schema: other\n# case: valid-a\n{ a }' };
    withCorpus(files, (dir) => {
      assert.throws(() => loadCorpus(dir), (error) => error instanceof CorpusError && /t.graphql: case 't\/valid-a' names schema 'other', which has no file/.test(error.message));
    });
  });

  it('counts the cases of each topic', () => {
    const files = { 'schemas/s.graphql': 'type Query { a: Int }', 'schemas/s.data.json': '{"a": 1}', 'cases/t.graphql': '# schema: s\n# case: valid-a\n{ a }\n# case: invalid-b\n{ b }' };
    withCorpus(files, (dir) => {
      const { request, topics } = loadCorpus(dir);

      assert.deepEqual([...topics], [['t', 2]]);
      assert.deepEqual(request.schemas, { s: { sdl: 'type Query { a: Int }', rootValue: { a: 1 } } });
    });
  });
});
