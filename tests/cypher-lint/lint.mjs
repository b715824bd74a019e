// Lints Cypher statements with Neo4j's own Cypher front end: the parser and semantic analysis
// that @neo4j-cypher/language-support ships, compiled from the server's code. It finds what a
// server would refuse before planning (syntax, undefined variables, type errors, unknown
// functions, parameters used but not given) and, as warnings, labels, relationship types and
// property keys the graph never writes.
//
// stdin:  {"labels": [...], "relationshipTypes": [...], "propertyKeys": [...],
//          "statements": [{"text": "...", "parameters": {...}}, ...]}
// stdout: [{"text": "...", "version": "CYPHER 5", "diagnostics": [{"severity": "error", "message": "...", "offset": 12}]}, ...]
//         one entry per statement and Cypher version; a clean statement has no diagnostics.
import { lintCypherQuery, testData } from '@neo4j-cypher/language-support';

// Both languages a Neo4j 5.26 or 2025.x database may run a statement in.
const versions = ['CYPHER 5', 'CYPHER 25'];

const severities = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };

// The package records the functions and procedures of a real Neo4j server, with APOC installed.
// APOC is a plug-in the community image lacks, so its entries are left out: using one is an error.
function withoutPlugins(registry) {
  return Object.fromEntries(Object.entries(registry).map(([version, byName]) => [
    version,
    Object.fromEntries(Object.entries(byName).filter(([name]) => !name.startsWith('apoc.'))),
  ]));
}

const builtIns = {
  functions: withoutPlugins(testData.mockSchema.functions),
  procedures: withoutPlugins(testData.mockSchema.procedures),
};

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

function lint(statement, graph, version) {
  const schema = {
    ...builtIns,
    labels: graph.labels,
    relationshipTypes: graph.relationshipTypes,
    propertyKeys: graph.propertyKeys,
    parameters: statement.parameters ?? {},
    defaultLanguage: version,
  };
  const { diagnostics } = lintCypherQuery(statement.text, schema, true);
  return diagnostics.map((d) => ({ severity: severities[d.severity] ?? String(d.severity), message: d.message, offset: d.offsets?.start ?? null }));
}

const graph = await readStdin();
const results = graph.statements.flatMap((statement) =>
  versions.map((version) => ({ text: statement.text, version, diagnostics: lint(statement, graph, version) })));
process.stdout.write(JSON.stringify(results));
