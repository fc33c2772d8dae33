// contract/openapi.yaml as a test oracle: the document is validated against the OpenAPI 3
// meta-schema, and every answer (status, body) against its operation with Ajv. Calls are made
// by operationId and counted, so a test can demand that every documented answer was seen.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import YAML from 'yaml';
import { Validator } from '@seriousme/openapi-schema-validator';

const SCHEMAS_ID = 'koo-openapi';

export async function loadContract(root) {
  const document = YAML.parse(readFileSync(join(root, 'contract/openapi.yaml'), 'utf8'));
  const checked = await new Validator().validate(structuredClone(document));
  return { document, documentValid: checked.valid, documentErrors: checked.errors };
}

// OpenAPI 3.0 schema objects are JSON Schema plus a few annotations (example, description);
// Ajv checks them as JSON Schema draft-07 with formats, refs pointed into the document.
function makeAjv(document) {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addFormat('int64', { type: 'number', validate: Number.isSafeInteger });
  ajv.addSchema({ $id: SCHEMAS_ID, components: { schemas: document.components.schemas } });
  return ajv;
}

function rewriteRefs(schema) {
  return JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', `"${SCHEMAS_ID}#/components/`));
}

export class ContractClient {
  constructor(document, base) {
    this.document = document;
    this.base = base;
    this.ajv = makeAjv(document);
    this.compiled = new Map();
    this.operations = new Map();  // operationId -> { method, path, operation }
    this.seen = new Map();        // operationId -> Set of statuses answered
    for (const [path, item] of Object.entries(document.paths))
      for (const [method, operation] of Object.entries(item))
        if (operation.operationId) this.operations.set(operation.operationId, { method: method.toUpperCase(), path, operation });
  }

  // The same oracle against another server; answers count toward the same coverage.
  withBase(base) {
    const other = new ContractClient(this.document, base);
    other.seen = this.seen;
    return other;
  }

  // A valid body for the operation, from the contract's own examples ({} when it has none).
  exampleBody(operationId) {
    const content = this.resolve(this.operations.get(operationId).operation.requestBody)?.content?.['application/json'];
    if (!content) return undefined;
    const examples = Object.values(content.examples ?? {});
    if (examples.length) return examples[0].value;
    return content.example ?? this.resolve(content.schema).example ?? {};
  }

  resolve(object) {
    let value = object;
    while (value && value.$ref) {
      value = value.$ref.replace(/^#\//, '').split('/').reduce((node, key) => node[key], this.document);
    }
    return value;
  }

  validator(schema) {
    const key = JSON.stringify(schema);
    if (!this.compiled.has(key)) this.compiled.set(key, this.ajv.compile(rewriteRefs(schema)));
    return this.compiled.get(key);
  }

  // Throws with Ajv's messages when `value` does not fit `schema`.
  check(schema, value, what) {
    const validate = this.validator(schema);
    if (!validate(value)) throw new Error(`${what} does not match the contract: ${this.ajv.errorsText(validate.errors)}\n${JSON.stringify(value).slice(0, 600)}`);
  }

  schemaNamed(name) { return { $ref: `#/components/schemas/${name}` }; }

  // Every (operationId, status) the contract documents and no call produced yet.
  unseenAnswers() {
    const missing = [];
    for (const [id, { operation }] of this.operations)
      for (const status of Object.keys(operation.responses))
        if (!this.seen.get(id)?.has(status)) missing.push(`${id} ${status}`);
    return missing;
  }

  // Calls one operation. `path` fills the {params}; `key` is the Idempotency-Key (POSTs get a
  // fresh one unless `key: null`); `rawBody` sends text as is. Unless `invalidRequest`, the
  // request itself must fit the contract too. Returns { status, json, headers, text }.
  async call(operationId, { path = {}, query = {}, token, key, body, rawBody, invalidRequest = false, headers = {} } = {}) {
    const entry = this.operations.get(operationId);
    if (!entry) throw new Error(`no operation ${operationId} in the contract`);
    const { method, operation } = entry;
    const url = new URL(this.base + entry.path.replace(/\{(\w+)\}/g, (_, name) => encodeURIComponent(path[name])));
    for (const [name, value] of Object.entries(query)) url.searchParams.set(name, String(value));
    const sendHeaders = { ...headers };
    if (token) sendHeaders.Authorization = `Bearer ${token}`;
    if (method === 'POST' && key !== null) sendHeaders['Idempotency-Key'] = key ?? `contract-${Math.random().toString(36).slice(2)}`;
    let text = rawBody;
    // Raw text is sent as JSON too unless the caller names another type (e.g. to see a 415).
    if (rawBody !== undefined && !Object.keys(sendHeaders).some((h) => h.toLowerCase() === 'content-type'))
      sendHeaders['Content-Type'] = 'application/json';
    if (body !== undefined) {
      text = JSON.stringify(body);
      sendHeaders['Content-Type'] = 'application/json';
      if (!invalidRequest && operation.requestBody)
        this.check(this.resolve(operation.requestBody).content['application/json'].schema, body, `${operationId} request`);
    }
    if (method === 'POST' && text === undefined) text = '';
    const response = await fetch(url, { method, headers: sendHeaders, body: text, signal: AbortSignal.timeout(5000) });
    const responseText = await response.text();
    const status = String(response.status);
    if (!this.seen.has(operationId)) this.seen.set(operationId, new Set());
    this.seen.get(operationId).add(status);

    const documented = operation.responses[status] ?? operation.responses.default;
    if (!documented) throw new Error(`${operationId} answered ${status}, which the contract does not list: ${responseText.slice(0, 300)}`);
    const requestId = response.headers.get('x-request-id');
    if (!requestId) throw new Error(`${operationId} ${status}: no X-Request-Id header`);
    const content = this.resolve(documented).content?.['application/json'];
    let json;
    if (content) {
      if (!/^application\/json/.test(response.headers.get('content-type') ?? ''))
        throw new Error(`${operationId} ${status}: content type ${response.headers.get('content-type')}`);
      json = JSON.parse(responseText);
      this.check(content.schema, json, `${operationId} ${status} answer`);
      if (json.error && json.error.requestId !== requestId && response.headers.get('idempotent-replayed') !== 'true')
        throw new Error(`${operationId} ${status}: body requestId ${json.error.requestId} != header ${requestId}`);
    }
    return { status: response.status, json, headers: response.headers, text: responseText };
  }
}
