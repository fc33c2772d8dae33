// Checks contract/openapi.yaml itself: a valid OpenAPI 3.0 document (by a real validator) whose
// every example (schemas, parameters, request bodies, responses) validates against its schema.
// Usage: node tests/core/contract_examples.mjs [contract/openapi.yaml] [out.json]
// With out.json, also writes the contract as JSON for the C++ codec test to read.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(resolve(root, 'package.json'));  // the repo's node_modules
const YAML = require('yaml');
const Ajv = require('ajv').default;
const addFormats = require('ajv-formats');
const { Validator } = await import(require.resolve('@seriousme/openapi-schema-validator'));

const contractPath = resolve(process.argv[2] ?? resolve(root, 'contract/openapi.yaml'));
const doc = YAML.parse(readFileSync(contractPath, 'utf8'));
let failures = 0;
const fail = (message) => { failures++; console.error('FAIL ' + message); };

const structure = await new Validator().validate(doc);
if (!structure.valid) fail('not a valid OpenAPI 3.0 document: ' + JSON.stringify(structure.errors).slice(0, 2000));

// OpenAPI 3.0 schemas are a JSON Schema dialect (nothing used here differs from draft-07):
// register the document once and validate examples against "contract#/components/...".
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addFormat('int64', true);
ajv.addSchema(doc, 'contract');
const check = (where, schemaRef, value) => {
  const validate = ajv.getSchema('contract#' + schemaRef);
  if (!validate) return fail(`${where}: no schema at ${schemaRef}`);
  if (!validate(value)) fail(`${where}: ${ajv.errorsText(validate.errors)}`);
};
const pointer = (...parts) => '/' + parts.map((p) => String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

let examples = 0;
for (const [name, schema] of Object.entries(doc.components.schemas)) {
  if (schema.example === undefined) continue;
  examples++;
  check(`schema ${name}`, pointer('components', 'schemas', name), schema.example);
}
const checkMedia = (where, base, media) => {
  if (!media?.schema) return;
  if (media.example !== undefined) { examples++; check(where, base + '/schema', media.example); }
  for (const [exampleName, example] of Object.entries(media.examples ?? {})) {
    examples++;
    check(`${where} example ${exampleName}`, base + '/schema', example.value);
  }
};
for (const [name, response] of Object.entries(doc.components.responses ?? {}))
  checkMedia(`response ${name}`, pointer('components', 'responses', name, 'content', 'application/json'),
             response.content?.['application/json']);
for (const [name, parameter] of Object.entries(doc.components.parameters ?? {}))
  if (parameter.example !== undefined) {
    examples++;
    check(`parameter ${name}`, pointer('components', 'parameters', name, 'schema'), parameter.example);
  }
for (const [path, item] of Object.entries(doc.paths))
  for (const [method, operation] of Object.entries(item)) {
    const body = operation.requestBody?.content?.['application/json'];
    checkMedia(`${method.toUpperCase()} ${path} request`,
               pointer('paths', path, method, 'requestBody', 'content', 'application/json'), body);
    for (const [status, response] of Object.entries(operation.responses ?? {}))
      checkMedia(`${method.toUpperCase()} ${path} ${status}`,
                 pointer('paths', path, method, 'responses', status, 'content', 'application/json'),
                 response.content?.['application/json']);
  }

if (process.argv[3]) writeFileSync(process.argv[3], JSON.stringify(doc));
console.log(`${Object.keys(doc.paths).length} paths, ${examples} examples checked, ${failures} failures`);
process.exit(failures === 0 ? 0 : 1);
