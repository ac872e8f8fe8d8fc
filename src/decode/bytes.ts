import { GisaError } from '../errors.js';

/**
 * Reading bytes from whatever binary value a caller hands over: a `Uint8Array` (or
 * Node `Buffer`), any other typed array or `DataView`, an `ArrayBuffer` or
 * `SharedArrayBuffer`, also from another realm (a `vm` context, a test runner's sandbox),
 * where `instanceof` says no. The engine's own getters tell a real buffer from a Proxy
 * or a look-alike object, which would otherwise read as empty.
 */

type Getter = (this: unknown) => unknown;

function getter(proto: object | undefined, key: string): Getter | null {
  if (!proto) return null;
  return (Object.getOwnPropertyDescriptor(proto, key)?.get as Getter | undefined) ?? null;
}

const TYPED_ARRAY_PROTO = Object.getPrototypeOf(Uint8Array.prototype) as object;
const typedBuffer = getter(TYPED_ARRAY_PROTO, 'buffer');
const typedOffset = getter(TYPED_ARRAY_PROTO, 'byteOffset');
const typedLength = getter(TYPED_ARRAY_PROTO, 'byteLength');
const viewBuffer = getter(DataView.prototype, 'buffer');
const viewOffset = getter(DataView.prototype, 'byteOffset');
const viewLength = getter(DataView.prototype, 'byteLength');
const bufferLength = getter(ArrayBuffer.prototype, 'byteLength');
const sharedLength = getter(typeof SharedArrayBuffer === 'function' ? SharedArrayBuffer.prototype : undefined, 'byteLength');

/** Calls an engine getter; null when the value lacks the internal slot it reads. */
function read(get: Getter | null, value: unknown): unknown {
  if (!get) return null;
  try {
    return get.call(value);
  } catch {
    return null;
  }
}

function detached(): GisaError {
  return new GisaError(
    'INVALID_INPUT',
    'the input bytes are in a detached ArrayBuffer (transferred to a worker or another owner); pass a copy of the bytes instead',
  );
}

/**
 * The bytes of `input` as a `Uint8Array` over the same memory (a copy for shared memory),
 * or null when `input` is not binary at all.
 *
 * @throws {GisaError} `INVALID_INPUT` for bytes in a detached buffer.
 * @example
 * bytesOf(new Uint16Array([0x4948])); // Uint8Array [0x48, 0x49]
 * bytesOf('text');                    // null
 */
export function bytesOf(input: unknown): Uint8Array | null {
  if (typeof input !== 'object' || input === null) return null;
  if (ArrayBuffer.isView(input)) {
    const typed = read(typedLength, input) !== null;
    const buffer = read(typed ? typedBuffer : viewBuffer, input);
    const offset = read(typed ? typedOffset : viewOffset, input);
    const length = read(typed ? typedLength : viewLength, input);
    if (buffer === null || typeof offset !== 'number' || typeof length !== 'number') throw detached();
    return wrap(buffer, offset, length);
  }
  if (read(bufferLength, input) !== null || read(sharedLength, input) !== null) return wrap(input, 0, undefined);
  return null;
}

function wrap(buffer: unknown, offset: number, length: number | undefined): Uint8Array {
  const shared = read(sharedLength, buffer) !== null;
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(buffer as ArrayBuffer, offset, length);
  } catch {
    throw detached();
  }
  // A typed array over a detached buffer reports length 0 and reads as empty: say why.
  if (bytes.byteLength === 0 && !shared) {
    try {
      new Uint8Array(buffer as ArrayBuffer);
    } catch {
      throw detached();
    }
  }
  // TextDecoder refuses views of shared memory, and another thread could change them mid-parse.
  return shared ? bytes.slice() : bytes;
}

/** Whether a value poses as an ArrayBuffer without being one (a Proxy of one, a subclass instance without the slot). */
export function posesAsBuffer(input: unknown): boolean {
  try {
    return input instanceof ArrayBuffer || ArrayBuffer.prototype.isPrototypeOf(input as object);
  } catch {
    return false;
  }
}
