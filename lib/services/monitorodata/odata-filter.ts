/**
 * A small OData v4 `$filter` evaluator: comparisons (`eq ne gt ge lt le`) of a property with a
 * literal and the string functions `contains`, `startswith` and `endswith` of a string property
 * with a string literal, combined with `and`, `or`, `not` and parentheses. Anything else is a
 * syntax error, which the caller turns into OData's 400.
 */

export type EdmType = 'Edm.String' | 'Edm.Int32' | 'Edm.Boolean' | 'Edm.Guid' | 'Edm.DateTimeOffset';
export type Value = string | number | boolean | null;
export type Predicate = (entity: Record<string, unknown>) => boolean;

export class ODataQueryError extends Error {}

/**
 * Nesting deeper than this (parentheses or `not`) is refused: the parser recurses once per level,
 * and 4,000 unbalanced `(` would otherwise overflow the stack (a 500). Real filters nest a few levels.
 */
export const MAX_FILTER_DEPTH = 32;

/** A declared property of the entity type: own keys only, never `constructor` or `__proto__` via the prototype. */
export function propertyType(properties: Record<string, EdmType>, name: string): EdmType | undefined {
  return Object.hasOwn(properties, name) ? properties[name] : undefined;
}

type Token = {
  kind: 'ident' | 'op' | 'literal' | 'paren' | 'comma';
  text: string;
  value?: Value;
  type?: EdmType | 'null';
};

const OPERATORS = new Set(['eq', 'ne', 'gt', 'ge', 'lt', 'le', 'and', 'or', 'not']);
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})/;
const NUMBER = /^-?\d+(\.\d+)?/;
const IDENT = /^[A-Za-z_][A-Za-z0-9_]*/;

function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let rest = input.trim();
  while (rest.length > 0) {
    let match: RegExpExecArray | null;
    if (rest[0] === '(' || rest[0] === ')') {
      tokens.push({ kind: 'paren', text: rest[0] });
      rest = rest.slice(1);
    } else if (rest[0] === ',') {
      tokens.push({ kind: 'comma', text: ',' });
      rest = rest.slice(1);
    } else if (rest[0] === "'") {
      let index = 1;
      let value = '';
      for (;;) {
        if (index >= rest.length) throw new ODataQueryError('Unterminated string literal.');
        if (rest[index] === "'") {
          if (rest[index + 1] === "'") {
            value += "'";
            index += 2;
            continue;
          }
          break;
        }
        value += rest[index];
        index += 1;
      }
      tokens.push({ kind: 'literal', text: rest.slice(0, index + 1), value, type: 'Edm.String' });
      rest = rest.slice(index + 1);
    } else if ((match = GUID.exec(rest))) {
      tokens.push({ kind: 'literal', text: match[0], value: match[0].toLowerCase(), type: 'Edm.Guid' });
      rest = rest.slice(match[0].length);
    } else if ((match = DATETIME.exec(rest))) {
      tokens.push({ kind: 'literal', text: match[0], value: match[0], type: 'Edm.DateTimeOffset' });
      rest = rest.slice(match[0].length);
    } else if ((match = NUMBER.exec(rest))) {
      tokens.push({ kind: 'literal', text: match[0], value: Number(match[0]), type: 'Edm.Int32' });
      rest = rest.slice(match[0].length);
    } else if ((match = IDENT.exec(rest))) {
      const word = match[0];
      if (word === 'true' || word === 'false')
        tokens.push({ kind: 'literal', text: word, value: word === 'true', type: 'Edm.Boolean' });
      else if (word === 'null') tokens.push({ kind: 'literal', text: word, value: null, type: 'null' });
      else if (OPERATORS.has(word)) tokens.push({ kind: 'op', text: word });
      else tokens.push({ kind: 'ident', text: word });
      rest = rest.slice(word.length);
    } else {
      throw new ODataQueryError(`Syntax error at position ${input.length - rest.length} in '${input}'.`);
    }
    rest = rest.trimStart();
  }
  return tokens;
}

const STRING_FUNCTIONS = {
  contains: (value: string, needle: string) => value.includes(needle),
  startswith: (value: string, needle: string) => value.startsWith(needle),
  endswith: (value: string, needle: string) => value.endsWith(needle),
};

const OPERATOR_NAMES: Record<string, string> = {
  eq: 'Equal',
  ne: 'NotEqual',
  gt: 'GreaterThan',
  ge: 'GreaterThanOrEqual',
  lt: 'LessThan',
  le: 'LessThanOrEqual',
};

function compare(left: unknown, right: Value, type: EdmType): number | undefined {
  if (left === null || left === undefined || right === null)
    return left === right || (left === undefined && right === null) ? 0 : undefined;
  if (type === 'Edm.DateTimeOffset') return Date.parse(String(left)) - Date.parse(String(right));
  if (type === 'Edm.Guid')
    return String(left).toLowerCase() === String(right).toLowerCase()
      ? 0
      : String(left).toLowerCase() < String(right).toLowerCase()
        ? -1
        : 1;
  if (typeof left === 'number' && typeof right === 'number') return left - right;
  if (typeof left === 'boolean' && typeof right === 'boolean') return Number(left) - Number(right);
  const [a, b] = [String(left), String(right)];
  return a === b ? 0 : a < b ? -1 : 1;
}

/** Parses a `$filter` expression against an entity type's properties. */
export function parseFilter(input: string, properties: Record<string, EdmType>, typeName: string): Predicate {
  const tokens = tokenize(input);
  let position = 0;
  const peek = () => tokens[position];
  const fail = (message: string): never => {
    throw new ODataQueryError(message);
  };

  /**
   * `contains(Name,'W11')`. Case-insensitive, as Citrix's Monitor database (SQL Server, default
   * collation) compares strings, although OData itself leaves that to the service.
   */
  function stringFunction(name: keyof typeof STRING_FUNCTIONS): Predicate {
    position += 2; // the function's name and its '('
    const property = tokens[position++];
    if (property?.kind !== 'ident')
      return fail(
        `Syntax error: expected a property name in ${name}() at '${property?.text ?? 'end of input'}'.`,
      );
    const type = propertyType(properties, property.text);
    if (!type) return fail(`Could not find a property named '${property.text}' on type '${typeName}'.`);
    if (tokens[position++]?.kind !== 'comma')
      return fail(`Syntax error: ${name}() takes a property and a string, separated by a comma.`);
    const literal = tokens[position++];
    if (literal?.kind !== 'literal') return fail(`Syntax error: expected a string literal in ${name}().`);
    if (tokens[position++]?.text !== ')') fail(`Syntax error: missing closing parenthesis after ${name}().`);
    if (type !== 'Edm.String' || literal.type !== 'Edm.String')
      return fail(
        `No function signature for the function with name '${name}' matches the specified arguments. The function signatures considered are: ${name}(Edm.String Nullable=true, Edm.String Nullable=true).`,
      );
    const needle = String(literal.value).toLowerCase();
    const test = STRING_FUNCTIONS[name];
    const key = property.text;
    return (entity) => {
      const value = Object.hasOwn(entity, key) ? entity[key] : undefined;
      return typeof value === 'string' && test(value.toLowerCase(), needle);
    };
  }

  function comparison(): Predicate {
    const property = tokens[position++];
    if (property?.kind !== 'ident')
      return fail(`Syntax error: expected a property name at '${property?.text ?? 'end of input'}'.`);
    const type = propertyType(properties, property.text);
    if (!type) return fail(`Could not find a property named '${property.text}' on type '${typeName}'.`);
    const operator = tokens[position++];
    if (operator?.kind !== 'op' || !OPERATOR_NAMES[operator.text])
      return fail(`Syntax error: expected a comparison operator after '${property.text}'.`);
    const literal = tokens[position++];
    if (literal?.kind !== 'literal')
      return fail(`Syntax error: expected a literal after '${operator.text}'.`);
    const compatible =
      literal.type === 'null' ||
      literal.type === type ||
      (type === 'Edm.Guid' && literal.type === 'Edm.String') ||
      (type === 'Edm.DateTimeOffset' && literal.type === 'Edm.String');
    if (!compatible) {
      return fail(
        `A binary operator with incompatible types was detected. Found operand types '${type}' and '${literal.type}' for operator kind '${OPERATOR_NAMES[operator.text]}'.`,
      );
    }
    const name = property.text;
    const op = operator.text;
    const value = literal.value ?? null;
    return (entity) => {
      const result = compare(Object.hasOwn(entity, name) ? entity[name] : undefined, value, type);
      if (result === undefined) return op === 'ne';
      return (
        {
          eq: result === 0,
          ne: result !== 0,
          gt: result > 0,
          ge: result >= 0,
          lt: result < 0,
          le: result <= 0,
        }[op] ?? false
      );
    };
  }

  let depth = 0;
  function nested<T>(parse: () => T): T {
    if (depth >= MAX_FILTER_DEPTH)
      fail(
        `The $filter expression nests too deeply (at most ${MAX_FILTER_DEPTH} levels of parentheses or 'not').`,
      );
    depth += 1;
    try {
      return parse();
    } finally {
      depth -= 1;
    }
  }

  function primary(): Predicate {
    const token = peek();
    if (token?.kind === 'op' && token.text === 'not') {
      position += 1;
      const inner = nested(primary);
      return (entity) => !inner(entity);
    }
    if (token?.kind === 'paren' && token.text === '(') {
      position += 1;
      const inner = nested(or);
      if (tokens[position++]?.text !== ')') fail('Syntax error: missing closing parenthesis.');
      return inner;
    }
    if (
      token?.kind === 'ident' &&
      Object.hasOwn(STRING_FUNCTIONS, token.text) &&
      tokens[position + 1]?.text === '('
    )
      return stringFunction(token.text as keyof typeof STRING_FUNCTIONS);
    return comparison();
  }

  function and(): Predicate {
    const parts = [primary()];
    while (peek()?.kind === 'op' && peek()?.text === 'and') {
      position += 1;
      parts.push(primary());
    }
    return (entity) => parts.every((part) => part(entity));
  }

  function or(): Predicate {
    const parts = [and()];
    while (peek()?.kind === 'op' && peek()?.text === 'or') {
      position += 1;
      parts.push(and());
    }
    return (entity) => parts.some((part) => part(entity));
  }

  if (tokens.length === 0) fail('The $filter expression is empty.');
  const predicate = or();
  if (position < tokens.length)
    fail(`Syntax error at '${tokens[position]?.text}': unsupported or unexpected token.`);
  return predicate;
}
