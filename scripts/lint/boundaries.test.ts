// The layers rule must bite: each case lints a small file, placed (virtually) inside the tree,
// with the project's own eslint.config.mjs, and expects the boundaries rule to refuse it. A
// config that silently stopped matching files (a renamed folder, a plugin upgrade that reads
// patterns differently) would pass every real file and fail here.
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

/** The messages of one rule for a file's code, as if the file were at `filePath` in the tree. */
async function ruleErrors(ruleId: string, filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${filePath}` });
  return (result?.messages ?? []).filter((m) => m.ruleId === ruleId).map((m) => m.message);
}

const boundaryErrors = (filePath: string, code: string) => ruleErrors('boundaries/dependencies', filePath, code);

describe('the layers rule', () => {
  it.each([
    ['the core using React', 'lib/core/sample/x.ts', "import { useState } from 'react';\nexport const x = useState;"],
    ['the core using Next', 'lib/core/sample/x.ts', "import { redirect } from 'next/navigation';\nexport const x = redirect;"],
    ['the core using Prisma', 'lib/core/sample/x.ts', "import { Prisma } from '@prisma/client';\nexport const x = Prisma;"],
    ['the core reading files', 'lib/core/sample/x.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;"],
    ['the core calling the data layer', 'lib/core/sample/x.ts', "import { db } from '@/lib/server/db/client';\nexport const x = db;"],
    ['the schemas using the core', 'lib/validations/x.ts', "import { can } from '@/lib/core/permissions/permissions';\nexport const x = can;"],
    ['a page using the database client', 'app/(app)/sample/page.tsx', "import { db } from '@/lib/server/db/client';\nexport const x = db;"],
    ['a component using the data layer', 'components/sample/x.tsx', "import { getArticle } from '@/lib/server/articles/get-article';\nexport const x = getArticle;"],
    ['a query hook using the UI', 'lib/queries/x.ts', "import { useToast } from '@/components/ui/toast';\nexport const x = useToast;"],
    ['the data layer using the UI', 'lib/server/sample/x.ts', "import { Button } from '@/components/ui/button';\nexport const x = Button;"],
    ['the data layer using a test helper', 'lib/server/sample/x.ts', "import { test } from '@/e2e/browser/fixtures';\nexport const x = test;"],
    ['the app using a script', 'app/(app)/sample/page.tsx', "import { migrate } from '@/scripts/db/migrate';\nexport const x = migrate;"],
    ['a component reading the configuration', 'components/sample/x.tsx', "import { env } from '@/lib/env';\nexport const x = env;"],
    ['the proxy using the UI', 'proxy.ts', "import { Button } from '@/components/ui/button';\nexport const x = Button;"],
  ])('refuses %s', async (_case, filePath, code) => {
    expect(await boundaryErrors(filePath, code)).not.toEqual([]);
  });

  it.each([
    ['a page using the data layer', 'app/(app)/sample/page.tsx', "import { getArticle } from '@/lib/server/articles/get-article';\nexport const x = getArticle;"],
    ['a component using a server action', 'components/sample/x.tsx', "import { signOutAction } from '@/app/(auth)/actions';\nexport const x = signOutAction;"],
    ['a component using a type of the data layer', 'components/sample/x.tsx', "import type { SharedPage } from '@/lib/server/share-links/shared-page';\nexport type X = SharedPage;"],
    ['the core hashing', 'lib/core/sample/x.ts', "import { createHash } from 'node:crypto';\nexport const x = createHash;"],
    ['a core test reading a fixture', 'lib/core/sample/x.test.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;"],
    ['the proxy using the data layer', 'proxy.ts', "import { getArticle } from '@/lib/server/articles/get-article';\nexport const x = getArticle;"],
    ['the data layer using the database client', 'lib/server/sample/x.ts', "import { db } from '@/lib/server/db/client';\nexport const x = db;"],
  ])('allows %s', async (_case, filePath, code) => {
    expect(await boundaryErrors(filePath, code)).toEqual([]);
  });
});

const clientImportErrors = (filePath: string, code: string) => ruleErrors('@typescript-eslint/no-restricted-imports', filePath, code);

// Decision 043: zod stays on the server; client code gets types and zod-free values.
describe('the no-zod-in-the-browser rule', () => {
  it.each([
    ['a component importing zod', 'components/sample/x.tsx', "import { z } from 'zod';\nexport const x = z;"],
    ['a component importing a schema', 'components/sample/x.tsx', "import { claimSchema } from '@/lib/validations/claim';\nexport const x = claimSchema;"],
    ['a query hook importing a schema', 'lib/queries/x.ts', "import { evidenceSchema } from '@/lib/validations/evidence';\nexport const x = evidenceSchema;"],
  ])('refuses %s', async (_case, filePath, code) => {
    expect(await clientImportErrors(filePath, code)).not.toEqual([]);
  });

  it.each([
    ['a component importing a type of a schema module', 'components/sample/x.tsx', "import type { ClaimDto } from '@/lib/validations/claim';\nexport type X = ClaimDto;"],
    ['a component importing zod-free values', 'components/sample/x.tsx', "import { claimStatusLabels } from '@/lib/validations/claim-values';\nexport const x = claimStatusLabels;"],
    ['the data layer importing a schema', 'lib/server/sample/x.ts', "import { claimSchema } from '@/lib/validations/claim';\nexport const x = claimSchema;"],
  ])('allows %s', async (_case, filePath, code) => {
    expect(await clientImportErrors(filePath, code)).toEqual([]);
  });
});
