// Checks the playground's example operations, and their variables, with graphql-js (the
// reference implementation) against the schema the API host serves, printed as SDL.
//
//   node validate-examples.mjs <schema.graphql>    exit 1 with the reasons when anything is off
//
// graphql-js comes from the playground's own npm packages (npm ci in its app folder).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const appFolder = new URL('../../../src/KnowledgeGraph.Api/Playground/app/', import.meta.url);
const require = createRequire(new URL('package.json', appFolder));
const { assertValidSchema, buildSchema, coerceInputValue, parse, typeFromAST, validate } = require('graphql');
const { examples } = await import(new URL('src/examples.js', appFolder));

const schemaFile = process.argv[2];
if (!schemaFile) {
  console.error('usage: node validate-examples.mjs <schema.graphql>');
  process.exit(2);
}

const schema = buildSchema(readFileSync(schemaFile, 'utf8'));
assertValidSchema(schema);

const problems = examples.flatMap((example, index) => problemsOf(example, `example ${index + 1}`));
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`${examples.length} example operations are valid against the schema`);

function problemsOf({ query, variables = {} }, where) {
  let document;
  try {
    document = parse(query);
  } catch (error) {
    return [`${where}: ${error.message}`];
  }
  const operations = document.definitions.filter((definition) => definition.kind === 'OperationDefinition');
  const name = operations[0]?.name?.value ?? '(anonymous)';
  if (operations.length !== 1 || operations[0].name === undefined) {
    return [`${where} (${name}): a tab holds exactly one named operation, so its tab and history have a title`];
  }
  return [
    ...validate(schema, document).map((error) => `${where} (${name}): ${error.message}`),
    ...variableProblems(operations[0], variables).map((problem) => `${where} (${name}): ${problem}`),
  ];
}

function variableProblems(operation, variables) {
  const declared = new Map(operation.variableDefinitions.map((definition) => [definition.variable.name.value, definition]));
  const undeclared = Object.keys(variables)
    .filter((name) => !declared.has(name))
    .map((name) => `variable $${name} has a value but is not declared`);
  const invalid = [...declared].flatMap(([name, definition]) => {
    const type = typeFromAST(schema, definition.type);
    const errors = [];
    coerceInputValue(variables[name] ?? null, type, (path, value, error) => errors.push(`variable $${name}: ${error.message}`));
    return errors;
  });
  return [...undeclared, ...invalid];
}
