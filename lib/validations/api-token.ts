import { z } from 'zod';
import { futureExpirySchema, hasNoNul, idSchema, isoDateTime, NUL_MESSAGE } from './common';

// API tokens a member makes for themselves (Settings → API tokens, or POST /api/v1/tokens).
// The secret is returned once, when the token is made; afterwards only its first characters.

export const apiTokenScopes = ['read', 'write'] as const;
export type ApiTokenScopeValue = (typeof apiTokenScopes)[number];

/** The longest a token may be set to live; no expiry at all is also allowed (like the CLI's). */
export const MAX_TOKEN_DAYS = 5 * 365;

export const createApiTokenInputSchema = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, 'Give the token a name, such as the script that uses it')
      .max(100, 'The name is too long (100 characters at most)')
      .refine(hasNoNul, NUL_MESSAGE)
      .meta({ example: 'CMS sync' }),
    scope: z.enum(apiTokenScopes).meta({ description: '`read`: every write answers 403. `write`: what the member’s role allows.' }),
    expiresAt: futureExpirySchema(MAX_TOKEN_DAYS, 'A token can be set to live five years at most', 'When the token stops working (future); null or absent: never.'),
  })
  .strict()
  .meta({ id: 'CreateApiTokenInput' });
export type CreateApiTokenInput = z.output<typeof createApiTokenInputSchema>;

export const apiTokenSchema = z
  .object({
    id: idSchema,
    name: z.string(),
    /** The first characters of the secret, to recognise it. */
    prefix: z.string(),
    scope: z.enum(apiTokenScopes),
    owner: z.object({ id: z.string(), name: z.string() }),
    createdAt: isoDateTime,
    expiresAt: isoDateTime.nullable(),
    lastUsedAt: isoDateTime.nullable().meta({ description: 'Refreshed at most once a minute.' }),
    expired: z.boolean(),
  })
  .meta({ id: 'ApiToken', description: 'An API token. Its secret is never shown again after creation.' });
export type ApiTokenDto = z.infer<typeof apiTokenSchema>;

export const createdApiTokenSchema = apiTokenSchema
  .extend({ token: z.string().meta({ description: 'The secret, for `Authorization: Bearer`: shown only now.' }) })
  .meta({ id: 'CreatedApiToken' });
export type CreatedApiTokenDto = z.infer<typeof createdApiTokenSchema>;

export const apiTokenListQuerySchema = z
  .object({
    owner: z
      .enum(['me', 'all'])
      .default('me')
      .meta({ description: '`me`: your own tokens; `all`: every live token of the workspace (admins).' }),
  })
  .strict();

export const apiTokenListSchema = z.object({ tokens: z.array(apiTokenSchema) }).meta({ id: 'ApiTokenList' });
export type ApiTokenListDto = z.infer<typeof apiTokenListSchema>;
