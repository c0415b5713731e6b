// Renames (or drops) a wasm module's imports and exports, byte for byte
// otherwise: what glue.mjs needs to give wasm-bindgen's long,
// hashed binding names the short ones terser gave the glue, and to drop
// exports nothing uses. Only the import and export sections are read; every
// other section is copied as it is.

/** Reads an unsigned LEB128 number at `at`: [value, the offset after it]. */
function readUnsigned(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    if (byte === undefined) throw new Error('wasm: truncated number');
    value += (byte & 0x7f) * 2 ** shift;
    if (!(byte & 0x80)) return [value, at];
    shift += 7;
  }
}

function unsigned(value) {
  const out = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return Buffer.from(out);
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function readName(bytes, at) {
  const [length, start] = readUnsigned(bytes, at);
  return [utf8.decode(bytes.subarray(start, start + length)), start + length];
}

function name(text) {
  const body = Buffer.from(text, 'utf8');
  return Buffer.concat([unsigned(body.length), body]);
}

/** The offset after a table's or memory's limits. */
function skipLimits(bytes, at) {
  const flags = bytes[at];
  let [, next] = readUnsigned(bytes, at + 1);
  if (flags & 1) [, next] = readUnsigned(bytes, next);
  return next;
}

/** The offset after an import's description, by its kind. */
function skipImportDescription(bytes, kind, at) {
  switch (kind) {
    case 0: // function: a type index
      return readUnsigned(bytes, at)[1];
    case 1: // table: a reference type, then limits
      return skipLimits(bytes, at + 1);
    case 2: // memory: limits
      return skipLimits(bytes, at);
    case 3: // global: a value type and mutability
      return at + 2;
    case 4: // tag: an attribute, then a type index
      return readUnsigned(bytes, at + 1)[1];
    default:
      throw new Error(`wasm: an import of unknown kind ${kind}`);
  }
}

/**
 * The module with `renameImport(module, field)` applied to every import's
 * field name and `renameExport(name)` to every export's name (each returns
 * the new name, or the old one to keep it; `renameExport` may return null
 * to drop the export).
 */
export function renameBindings(bytes, renameImport, renameExport) {
  const parts = [bytes.subarray(0, 8)];
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at];
    const [size, start] = readUnsigned(bytes, at + 1);
    const end = start + size;
    if (id !== 2 && id !== 7) {
      parts.push(bytes.subarray(at, end));
      at = end;
      continue;
    }
    let [count, cursor] = readUnsigned(bytes, start);
    let kept = count;
    const entries = [];
    for (let i = 0; i < count; i++) {
      if (id === 2) {
        const [module, afterModule] = readName(bytes, cursor);
        const [field, afterField] = readName(bytes, afterModule);
        const kind = bytes[afterField];
        const after = skipImportDescription(bytes, kind, afterField + 1);
        entries.push(name(module), name(renameImport(module, field)), bytes.subarray(afterField, after));
        cursor = after;
      } else {
        const [exported, afterName] = readName(bytes, cursor);
        const [, after] = readUnsigned(bytes, afterName + 1);
        const renamed = renameExport(exported);
        if (renamed === null) kept--;
        else entries.push(name(renamed), bytes.subarray(afterName, after));
        cursor = after;
      }
    }
    if (cursor !== end) throw new Error(`wasm: section ${id} did not end where its size said`);
    const body = Buffer.concat([unsigned(kept), ...entries]);
    parts.push(Buffer.from([id]), unsigned(body.length), body);
    at = end;
  }
  return Buffer.concat(parts);
}

/** Whether the module keeps its function names (a "name" custom section, as
 * a build with Trunk's data-keep-debug does), which wasm-opt drops unless told. */
export function hasNames(bytes) {
  let at = 8;
  while (at < bytes.length) {
    const [size, start] = readUnsigned(bytes, at + 1);
    if (bytes[at] === 0 && readName(bytes, start)[0] === 'name') return true;
    at = start + size;
  }
  return false;
}
