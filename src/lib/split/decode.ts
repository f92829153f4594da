/**
 * Stage 1: bytes → text. Pages come from PDF extractors and Windows tools, so besides UTF-8 we accept a
 * byte-order mark (UTF-8, UTF-16 LE/BE) and GB18030 (the superset of GBK/GB2312 that Chinese Windows
 * tools write). Text is never guessed into mojibake: bytes that are valid in no supported encoding are
 * refused with an error naming the file.
 */
import { ArchiveError } from '../errors.ts';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface Decoded {
  text: string;
  encoding: Encoding;
}

const BOMS: ReadonlyArray<[Encoding, readonly number[]]> = [
  ['utf-8', [0xef, 0xbb, 0xbf]],
  ['utf-16le', [0xff, 0xfe]],
  ['utf-16be', [0xfe, 0xff]],
];

function strictDecode(bytes: Uint8Array, encoding: Encoding): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

function looksBinary(bytes: Uint8Array): boolean {
  // NUL bytes never occur in UTF-8 or GB18030 text; they mark images, PDFs and other binaries.
  return bytes.subarray(0, 8192).includes(0);
}

export function decode(bytes: Uint8Array, file: string): Decoded {
  for (const [encoding, bom] of BOMS) {
    if (bom.every((byte, index) => bytes[index] === byte)) {
      const text = strictDecode(bytes.subarray(bom.length), encoding);
      if (text !== null) return { text, encoding };
    }
  }
  if (looksBinary(bytes)) {
    throw new ArchiveError({
      ruleId: 'binary-file',
      file,
      line: null,
      message: 'this file is not text (it contains NUL bytes)',
      hint: 'An issue file is the plain text of one printed page. Export the page as text (UTF-8) and try again.',
    });
  }
  const utf8 = strictDecode(bytes, 'utf-8');
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  const gb = strictDecode(bytes, 'gb18030');
  if (gb !== null) return { text: gb, encoding: 'gb18030' };
  throw new ArchiveError({
    ruleId: 'unknown-encoding',
    file,
    line: null,
    message: 'this file is neither UTF-8 nor GB18030/GBK text',
    hint: 'Save the page as UTF-8 (in Notepad: 另存为 → 编码 UTF-8) and add it again.',
  });
}
