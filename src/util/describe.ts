/**
 * A short, safe description of any value for an error message: never throws, whatever
 * the value (a prototype-less object, a Symbol, a Proxy, a getter that throws).
 *
 * @example
 * describeValue(Object.create(null)); // 'an object'
 * describeValue(7);                   // 'the number 7'
 * describeValue(Symbol('x'));         // 'a symbol'
 */
export function describeValue(value: unknown): string {
  try {
    if (value === null) return 'null';
    if (value === undefined) return 'undefined';
    switch (typeof value) {
      case 'string':
        return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
      case 'number':
      case 'boolean':
        return `the ${typeof value} ${String(value)}`;
      case 'bigint':
        return `the bigint ${value.toString()}n`;
      case 'symbol':
        return 'a symbol';
      case 'function':
        return 'a function';
      default:
        break;
    }
    if (Array.isArray(value)) return 'an array';
    if (value instanceof Error && typeof value.message === 'string') return `${value.name}: ${value.message.slice(0, 200)}`;
    const tag = Object.prototype.toString.call(value).slice(8, -1);
    return tag && tag !== 'Object' ? `a ${tag}` : 'an object';
  } catch {
    return 'a value that cannot be inspected';
  }
}
