import { isRecord } from '@/lib/json/is-record';
import { citrixCode, parseBody, text } from '@/lib/troubleshoot/body';

/** Citrix's error in an answer's body: a code to quote and its message. */
export interface CitrixErrorSummary {
  code?: string;
  message: string;
}

function withParameters(message: string, parameters: unknown): string {
  const pairs: string[] = [];
  if (Array.isArray(parameters)) {
    for (const item of parameters)
      if (isRecord(item) && typeof item.name === 'string' && item.value != null)
        pairs.push(`${item.name}=${String(item.value)}`);
  } else if (isRecord(parameters)) {
    for (const [key, item] of Object.entries(parameters))
      if (item != null && typeof item !== 'object') pairs.push(`${key}=${String(item)}`);
  }
  return pairs.length > 0 ? `${message} (${pairs.join(', ')})` : message;
}

/**
 * Reads the error bodies Citrix Cloud sends (reference §4): the common error
 * `{type, detail, parameters}`, RFC 7807 problem details, DaaS ErrorData, OAuth's
 * `{error, error_description}`, the older platform `{Error: {Type, Message}}` and the gateway's
 * bare `{statusCode, message}`. Undefined when the body is none of them.
 */
export function citrixErrorOf(bodyText: string | undefined): CitrixErrorSummary | undefined {
  if (!bodyText) return undefined;
  const body = parseBody(bodyText);
  if (!isRecord(body)) return undefined;

  const type = text(body.type);
  const title = text(body.title);
  const detail = text(body.detail);
  if (
    type &&
    (/errors-api\.cloud\.com/i.test(type) || (!title && ('detail' in body || 'parameters' in body)))
  )
    return { code: citrixCode(type), message: withParameters(detail ?? type, body.parameters) };
  if (title && 'status' in body) {
    const code = type && type !== 'about:blank' ? type : title;
    return { code, message: detail ?? title };
  }
  const sdkErrorId = text(body.SdkErrorId);
  const errorMessage = text(body.ErrorMessage);
  if (sdkErrorId || errorMessage) {
    const code = sdkErrorId ?? text(body.ErrorType);
    const message = [errorMessage, text(body.ErrorDetails)].filter(Boolean).join(' ') || 'DaaS error';
    return { ...(code ? { code } : {}), message };
  }
  const oauth = text(body.error);
  if (oauth) return { code: oauth, message: text(body.error_description) ?? oauth };
  if (isRecord(body.Error)) {
    const message = text(body.Error.Message);
    const code = text(body.Error.Type);
    if (message || code) return { ...(code ? { code } : {}), message: message ?? code ?? '' };
  }
  const plain = text(body.message) ?? text(body.Message);
  if (plain) {
    const code = body.statusCode ?? body.code;
    return { ...(code != null && typeof code !== 'object' ? { code: String(code) } : {}), message: plain };
  }
  return undefined;
}
