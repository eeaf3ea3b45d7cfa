import { isSecretField, isSecretHeader, isSecretQuery } from '@/lib/security/secret-names';

import { isExpression } from './expressions';
import type { Problem } from './validate';

/** JWT-looking or `CwsAuth Bearer=` text: a token, whatever field it is in. */
const TOKEN_TEXT = /CwsAuth\s+Bearer=|\beyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\./;

function walk(value: unknown, where: string, problems: Problem[]) {
  if (typeof value === 'string') {
    if (TOKEN_TEXT.test(value))
      problems.push({ where, message: 'holds what looks like a token; a runbook never keeps one' });
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => walk(item, `${where}[${index}]`, problems));
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  for (const [key, item] of Object.entries(value)) {
    const at = where ? `${where}.${key}` : key;
    if (isSecretField(key) && typeof item === 'string' && item !== '' && !isExpression(item))
      problems.push({
        where: at,
        message: `"${key}" is a secret; a runbook never keeps one (bind it to an input instead)`,
      });
    walk(item, at, problems);
  }
}

/**
 * Where a runbook document holds a token or a secret: a secret-named header, query parameter or
 * body field with a literal value, or any text that looks like a token. Such a document is not
 * saved (the same rule as history and share links: lib/security/secret-names.ts).
 */
export function secretProblems(document: unknown): Problem[] {
  const problems: Problem[] = [];
  walk(document, '', problems);
  const workflows = (
    document as {
      workflows?: { steps?: { parameters?: { name: string; in: string; value: unknown }[] }[] }[];
    }
  ).workflows;
  workflows?.forEach((workflow, w) =>
    workflow.steps?.forEach((step, s) =>
      step.parameters?.forEach((parameter, p) => {
        const secret =
          parameter.in === 'header'
            ? isSecretHeader(parameter.name)
            : parameter.in === 'query' && isSecretQuery(parameter.name);
        if (secret)
          problems.push({
            where: `workflows[${w}].steps[${s}].parameters[${p}]`,
            message: `${parameter.name} carries a credential; the proxy adds the session's Authorization, and a runbook never sets one`,
          });
      }),
    ),
  );
  return problems;
}
