// The floor of the Lighthouse bench (scripts/bench/bare-next-app.ts): a Next.js app with no code of
// Factdesk's, built outside the repository with the project's own Next.js and React.

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  typescript: { ignoreBuildErrors: true },
};

export default nextConfig;
