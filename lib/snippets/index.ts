import { curlSnippet, curlTokenCommand } from './curl';
import { javascriptSnippet } from './javascript';
import { powershellSnippet, powershellTokenCommand } from './powershell';
import { pythonSnippet, pythonTokenCommand } from './python';
import { snippetBodyRefusal } from './snippet-body';
import type { TokenCommandInput } from './token-command';
import type { SnippetRequest } from './types';

export interface SnippetLanguage {
  id: 'curl' | 'python' | 'powershell' | 'javascript';
  label: string;
  /** File extension for a download and the highlighter. */
  extension: string;
  generate: (request: SnippetRequest) => string;
  /** The commands that mint a token in this language (the Token page), where it has them. */
  tokenCommand?: (input: TokenCommandInput) => string;
}

/** The snippet tabs, in the order the panel shows them. */
export const SNIPPET_LANGUAGES: readonly SnippetLanguage[] = [
  { id: 'curl', label: 'cURL', extension: 'sh', generate: curlSnippet, tokenCommand: curlTokenCommand },
  {
    id: 'python',
    label: 'Python',
    extension: 'py',
    generate: pythonSnippet,
    tokenCommand: pythonTokenCommand,
  },
  {
    id: 'powershell',
    label: 'PowerShell',
    extension: 'ps1',
    generate: powershellSnippet,
    tokenCommand: powershellTokenCommand,
  },
  { id: 'javascript', label: 'JavaScript', extension: 'mjs', generate: javascriptSnippet },
];

export type TokenCommandLanguage = SnippetLanguage & Required<Pick<SnippetLanguage, 'tokenCommand'>>;

/** The Token page's tabs: the snippet languages that can mint a token, in the same order. */
export const TOKEN_COMMAND_LANGUAGES: readonly TokenCommandLanguage[] = SNIPPET_LANGUAGES.filter(
  (language): language is TokenCommandLanguage => language.tokenCommand !== undefined,
);

/** Why there is no snippet for this request (a body too large or too deep to print), or undefined. */
export function snippetRefusal(request: SnippetRequest): string | undefined {
  return request.body && snippetBodyRefusal(request.body);
}

export type { SnippetRequest } from './types';
export type { TokenCommandInput } from './token-command';
