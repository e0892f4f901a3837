import { apiRoute } from '@/lib/server/api/route';
import { createBackup } from '@/lib/server/backup/create-backup';

export const GET = apiRoute(async ({ actor }) => {
  const backup = await createBackup(actor);
  return new Response(new Uint8Array(backup.bytes), {
    headers: {
      'Content-Type': 'application/gzip',
      'Content-Disposition': `attachment; filename="${backup.fileName}"`,
      'Content-Length': String(backup.bytes.byteLength),
      'Cache-Control': 'no-store',
    },
  });
});
