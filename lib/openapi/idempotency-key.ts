import type { oas31 } from 'zod-openapi';

// Every POST of the API accepts an Idempotency-Key (lib/server/api/idempotency.ts, decision 028).
// It is added here to each POST operation of the built document, so a new route cannot miss it.

const keyParameter: oas31.ParameterObject = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description:
    'Any unique string (a UUID) of 1–255 printable ASCII characters. A retry with the same key, by the same user in the same workspace, within 24 hours, does not run again: it answers the first answer (including a 4xx), with `Idempotent-Replayed: true`. A 5xx is not kept, so a retry runs again.',
  schema: { type: 'string', minLength: 1, maxLength: 255 },
};

const replayedHeader: oas31.HeaderObject = {
  description: '`true` when this is the stored answer of an earlier request with the same Idempotency-Key',
  schema: { type: 'string', enum: ['true'] },
};

const error = (description: string): oas31.ResponseObject => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

const ANSWERS: Record<string, string> = {
  '400': 'The Idempotency-Key is not 1–255 printable ASCII characters (`reason: "invalid_idempotency_key"`)',
  '409': 'A request with the same Idempotency-Key is still running (`reason: "idempotency_key_in_progress"`): retry shortly',
  '422': 'The Idempotency-Key was used for a different request (`reason: "idempotency_key_reused"`)',
};

function withKey(operation: oas31.OperationObject): oas31.OperationObject {
  const responses: oas31.ResponsesObject = { ...operation.responses };
  for (const [status, response] of Object.entries(responses)) {
    if (!status.startsWith('2') || '$ref' in response) continue;
    responses[status] = { ...response, headers: { ...response.headers, 'Idempotent-Replayed': replayedHeader } };
  }
  for (const [status, description] of Object.entries(ANSWERS)) {
    const existing = responses[status];
    const before = existing && !('$ref' in existing) ? `${existing.description}; or ` : '';
    responses[status] = error(`${before}${description}`);
  }
  return { ...operation, parameters: [...(operation.parameters ?? []), keyParameter], responses };
}

export function documentIdempotencyKeys(document: oas31.OpenAPIObject): oas31.OpenAPIObject {
  const paths: oas31.PathsObject = {};
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    paths[path] = item.post ? { ...item, post: withKey(item.post) } : item;
  }
  return { ...document, paths };
}
