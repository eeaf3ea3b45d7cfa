/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'standalone',
  poweredByHeader: false,
  reactStrictMode: true,
  // `next dev` serves its HMR socket only to these hosts: both names of this machine must work.
  allowedDevOrigins: ['localhost', '127.0.0.1', '[::1]'],
  // Citrix paths such as `/administrators/` and `/notifications/items/` end in a slash and Citrix
  // answers them as written. Next.js would answer 308 to the slash-less form, which curl does not
  // follow by default (a copied snippet printed nothing and a POST sent nothing): the sandbox
  // answers both forms, as Citrix does, and pages answer both without a redirect.
  skipTrailingSlashRedirect: true,
  // The API descriptions are parsed on the server with swagger-parser; keep it out of the bundler.
  serverExternalPackages: ['@apidevtools/swagger-parser', 'undici'],
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'no-referrer' },
          { key: 'X-Frame-Options', value: 'DENY' },
        ],
      },
      { source: '/api/:path*', headers: [{ key: 'Cache-Control', value: 'no-store' }] },
      { source: '/sandbox/:path*', headers: [{ key: 'Cache-Control', value: 'no-store' }] },
    ];
  },
};

export default nextConfig;
