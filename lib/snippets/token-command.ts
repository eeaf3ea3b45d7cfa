import type { AuthFlow } from '@/lib/schemas/credentials';

/**
 * What a token command needs: the commands that mint a token yourself, in the style of Citrix's
 * getting-started guide. Each language's generator (curl.ts, python.ts, powershell.ts) writes its
 * own; they read the client ID and secret from CLIENT_ID and CLIENT_SECRET, never from the page.
 */
export interface TokenCommandInput {
  flow: AuthFlow;
  /** e.g. `https://api-us.cloud.com` or `http://localhost:3000/sandbox`. */
  base: string;
  /** The customer ID to suggest in the `export` line (not a secret). */
  customerId: string;
}

/** The token endpoint, with `customer` spelt as the language reads the CUSTOMER_ID variable. */
export function tokenEndpoint(input: TokenCommandInput, customer: string): string {
  return input.flow === 'trust'
    ? `${input.base}/${customer}/tokens/clients`
    : `${input.base}/cctrustoauth2/${customer}/tokens/clients`;
}

/**
 * The customer ID as the commands suggest it, in comment lines: printable ASCII only, so nothing
 * typed into a profile can end the comment and run as a command; anything else is a placeholder.
 */
export function suggestedCustomer(customerId: string): string {
  return /^[\x20-\x7e]{1,128}$/.test(customerId) ? customerId : '<your customer id>';
}
