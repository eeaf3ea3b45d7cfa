import { curlSnippet } from './curl';
import { javascriptSnippet } from './javascript';
import { powershellSnippet } from './powershell';
import { pythonSnippet } from './python';
import { snippetBodyRefusal } from './snippet-body';
import type { SnippetRequest } from './types';

export interface SnippetLanguage {
  id: 'curl' | 'python' | 'powershell' | 'javascript';
  label: string;
  /** File extension for a download and the highlighter. */
  extension: string;
  generate: (request: SnippetRequest) => string;
}

/** The snippet tabs, in the order the panel shows them. */
export const SNIPPET_LANGUAGES: readonly SnippetLanguage[] = [
  { id: 'curl', label: 'cURL', extension: 'sh', generate: curlSnippet },
  { id: 'python', label: 'Python', extension: 'py', generate: pythonSnippet },
  { id: 'powershell', label: 'PowerShell', extension: 'ps1', generate: powershellSnippet },
  { id: 'javascript', label: 'JavaScript', extension: 'mjs', generate: javascriptSnippet },
];

/** Why there is no snippet for this request (a body too large or too deep to print), or undefined. */
export function snippetRefusal(request: SnippetRequest): string | undefined {
  return request.body && snippetBodyRefusal(request.body);
}

export type { SnippetRequest } from './types';
