import { z } from 'zod';

import { exportFormats } from './export-values';

export { exportFormats, exportFormatLabels, type ExportFormat } from './export-values';

/** Query string of an export download, from the article page's form or an integration. */
export const exportQuerySchema = z
  .object({
    format: z.enum(exportFormats),
    scope: z.enum(['published', 'all']).default('published'),
    internal: z.enum(['0', '1']).default('0'),
  })
  .meta({ id: 'ExportQuery' });
