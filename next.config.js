/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'standalone',
  poweredByHeader: false,
  reactStrictMode: true,
  // `next dev` serves its HMR socket only to these hosts: both names of this machine must work.
  allowedDevOrigins: ['localhost', '127.0.0.1', '[::1]'],
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
