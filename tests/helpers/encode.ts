/**
 * Encoders for the legacy encodings editors' tools write. Node only encodes UTF-8, so these invert the
 * WHATWG decoders over every two-byte sequence (fine for tests; characters outside the table throw).
 */
const tables = new Map<string, Map<string, number[]>>();

function tableFor(encoding: string): Map<string, number[]> {
  let table = tables.get(encoding);
  if (table) return table;
  table = new Map();
  const decoder = new TextDecoder(encoding, { fatal: true });
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      try {
        const char = decoder.decode(new Uint8Array([lead, trail]));
        if ([...char].length === 1 && !table.has(char)) table.set(char, [lead, trail]);
      } catch {
        // not a character in this encoding
      }
    }
  }
  tables.set(encoding, table);
  return table;
}

export function encodeLegacy(text: string, encoding: 'gbk' | 'big5' | 'shift_jis'): Uint8Array {
  const table = tableFor(encoding);
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = table.get(char);
      if (!pair) throw new Error(`${char} is not in ${encoding}`);
      bytes.push(...pair);
    }
  }
  return new Uint8Array(bytes);
}

export function encodeUtf16(text: string, order: 'le' | 'be', bom = true): Uint8Array {
  const bytes: number[] = bom ? (order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (order === 'le') bytes.push(unit & 0xff, unit >> 8);
    else bytes.push(unit >> 8, unit & 0xff);
  }
  return new Uint8Array(bytes);
}

export const utf8 = (text: string) => new TextEncoder().encode(text);

/**
 * GB18030 as Chinese tools write it: two bytes for what GBK has, four bytes for the supplementary
 * planes (Extension B names), by the standard's linear mapping from U+10000.
 */
export function encodeGb18030(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x10000) {
      bytes.push(...encodeLegacy(char, 'gbk'));
      continue;
    }
    const linear = code - 0x10000 + 189000;
    bytes.push(
      0x81 + Math.floor(linear / 12600),
      0x30 + (Math.floor(linear / 1260) % 10),
      0x81 + (Math.floor(linear / 10) % 126),
      0x30 + (linear % 10),
    );
  }
  return new Uint8Array(bytes);
}
