/** @type {import('prettier').Config} */
const config = {
  singleQuote: true,
  printWidth: 110,
  trailingComma: 'all',
  plugins: ['@ianvs/prettier-plugin-sort-imports'],
  // Node built-ins, then packages, then the app's own modules, then relative ones.
  importOrder: ['<BUILTIN_MODULES>', '', '<THIRD_PARTY_MODULES>', '', '^@/(.*)$', '', '^[.]'],
  importOrderTypeScriptVersion: '5.9.3',
};

export default config;
