/**
 * Stage 1: bytes → text. Pages come from PDF extractors and Windows tools, so besides UTF-8 we accept a
 * byte-order mark (UTF-8, UTF-16 LE/BE, GB18030) and GB18030 without one (the superset of GBK/GB2312
 * that Chinese Windows tools write). Guarantees:
 *
 * - text is never guessed into mojibake: bytes that read as neither UTF-8 nor plausible Chinese GBK are
 *   refused with a message naming what the file looks like;
 * - line endings come out as `\n` (CRLF from Windows, lone CR from old Mac tools), one for one, so line
 *   numbers are those the editor's text editor shows;
 * - a file far larger than one printed page is refused before any work is done, so nothing hangs.
 */
import { ArchiveError } from '../errors.ts';
import { firstGraphemes } from '../text/truncate.ts';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface Decoded {
  text: string;
  encoding: Encoding;
}

/** Names the editor knows, for messages. */
export const ENCODING_NAMES: Readonly<Record<Encoding, string>> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  gb18030: 'GB18030 (GBK)',
};

/**
 * One printed page is 10–30 kB of text. Anything above this is several pages, a whole PDF dump or the
 * wrong file; refusing it is clearer than splitting it into hundreds of stories.
 */
export const MAX_ISSUE_BYTES = 1_000_000;

const SAVE_AS_UTF8 = 'Save the page as UTF-8 (in Notepad: 另存为 → 编码 UTF-8) and add it again.';

const BOMS: ReadonlyArray<readonly [Encoding, readonly number[]]> = [
  ['utf-8', [0xef, 0xbb, 0xbf]],
  ['utf-16le', [0xff, 0xfe]],
  ['utf-16be', [0xfe, 0xff]],
  ['gb18030', [0x84, 0x31, 0x95, 0x33]],
];

const bytesOf = (ascii: string) => [...ascii].map((char) => char.charCodeAt(0));

/** Files editors pick by mistake instead of the page's text, recognised by their first bytes. */
const FILE_SIGNATURES: ReadonlyArray<{ what: string; bytes: readonly number[]; hint: string }> = [
  {
    what: 'a PDF',
    bytes: bytesOf('%PDF-'),
    hint: 'Extract the text of the page from the PDF first and add the .txt file.',
  },
  {
    what: 'a Word document (.docx) or another zip archive',
    bytes: [0x50, 0x4b, 0x03, 0x04],
    hint: 'Open it in Word or WPS and save it as plain text (另存为 → 纯文本, 编码 UTF-8).',
  },
  {
    what: 'an old Word or WPS document (.doc/.wps)',
    bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    hint: 'Open it in Word or WPS and save it as plain text (另存为 → 纯文本, 编码 UTF-8).',
  },
  {
    what: 'an RTF document',
    bytes: bytesOf('{\\rtf'),
    hint: 'Open it in WordPad or Word and save it as plain text (UTF-8).',
  },
  {
    what: 'a PNG image',
    bytes: [0x89, 0x50, 0x4e, 0x47],
    hint: 'An issue file is the text of the page, not a picture of it.',
  },
  {
    what: 'a JPEG image',
    bytes: [0xff, 0xd8, 0xff],
    hint: 'An issue file is the text of the page, not a picture of it.',
  },
  { what: 'a GIF image', bytes: bytesOf('GIF8'), hint: 'An issue file is the text of the page, not a picture of it.' },
];

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) =>
  prefix.every((byte, index) => bytes[index] === byte);

function strictDecode(bytes: Uint8Array, encoding: Encoding): string | null {
  try {
    // ignoreBOM: the BOM, if any, has been cut off already; a second one is text and is kept.
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** CRLF and lone CR become LF, one for one. */
export function toUnixNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

function megabytes(size: number): string {
  return size >= 100_000 ? `${(size / 1_000_000).toFixed(1)} MB` : `${(size / 1000).toFixed(1)} kB`;
}

function decodeTable(
  encoding: string,
  leads: readonly [number, number],
  trails: ReadonlyArray<readonly [number, number]>,
) {
  const bytes: number[] = [];
  for (let lead = leads[0]; lead <= leads[1]; lead++)
    for (const [first, last] of trails) for (let trail = first; trail <= last; trail++) bytes.push(lead, trail);
  return new TextDecoder(encoding).decode(new Uint8Array(bytes));
}

let commonHan: ReadonlySet<string> | null = null;

/**
 * The Han characters of everyday Chinese text, simplified and traditional: GB2312's 6,763 (rows B0–F7)
 * and Big5's 5,401 frequently used ones (level 1, rows A4–C6), read from the decoders' own tables.
 */
function commonHanCharacters(): ReadonlySet<string> {
  commonHan ??= new Set(
    [
      ...decodeTable('gb18030', [0xb0, 0xf7], [[0xa1, 0xfe]]),
      ...decodeTable(
        'big5',
        [0xa4, 0xc6],
        [
          [0x40, 0x7e],
          [0xa1, 0xfe],
        ],
      ),
    ].filter((char) => HAN.test(char)),
  );
  return commonHan;
}

const HAN = /\p{Script=Han}/u;

/** Punctuation and symbols of Chinese print: general punctuation, ①, №, →, ─, ■, ★, CJK marks, full-width forms. */
function isChineseSymbol(code: number): boolean {
  return (
    (code >= 0x2000 && code <= 0x27bf) ||
    (code >= 0x3000 && code <= 0x303f) ||
    (code >= 0x3200 && code <= 0x33ff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xffef) ||
    [0xa4, 0xa7, 0xa8, 0xb0, 0xb1, 0xb7, 0xd7, 0xf7].includes(code)
  );
}

/**
 * How much of a text reads as Chinese print: the share of its non-ASCII characters that are common
 * Han characters (simplified or traditional), rare ones from the extension blocks (which only real
 * GB18030 or UTF-16 can encode), or Chinese punctuation. Big5 or Shift-JIS read as GBK land in kana,
 * Greek, Cyrillic, the private-use area and rare variants instead: they score 0.2–0.4, real pages 1.
 */
function chineseShare(text: string): number {
  const common = commonHanCharacters();
  let chinese = 0;
  let other = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) continue;
    const rareHan = (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff) || code >= 0x20000;
    if (HAN.test(char) ? rareHan || common.has(char) : isChineseSymbol(code)) chinese++;
    else other++;
  }
  return chinese + other === 0 ? 1 : chinese / (chinese + other);
}

/** At least this share of a GBK file's characters must read as Chinese (a few rare or stray ones are fine). */
const CHINESE_SHARE = 0.9;

interface Utf8Scan {
  valid: number;
  invalid: number;
  /** Byte offset of the first sequence that is not UTF-8. */
  firstInvalid: number | null;
}

/** Counts well-formed and broken multi-byte UTF-8 sequences, to tell damaged UTF-8 from another encoding. */
function scanUtf8(bytes: Uint8Array): Utf8Scan {
  const scan: Utf8Scan = { valid: 0, invalid: 0, firstInvalid: null };
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i]!;
    const length =
      lead < 0x80
        ? 1
        : lead >= 0xc2 && lead <= 0xdf
          ? 2
          : lead >= 0xe0 && lead <= 0xef
            ? 3
            : lead >= 0xf0 && lead <= 0xf4
              ? 4
              : 0;
    if (length === 1) {
      i++;
      continue;
    }
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) {
      scan.valid++;
      i += length;
    } else {
      scan.invalid++;
      scan.firstInvalid ??= i;
      i++;
    }
  }
  return scan;
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) line++;
  }
  return line;
}

/**
 * UTF-16 without a BOM: the order it reads as Chinese text with line breaks in, or null. Its newlines
 * and ASCII put NUL bytes in every other place, which is how the caller got here.
 */
function bomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = bytes.subarray(0, Math.min(bytes.length, 65536) & ~1);
  for (const encoding of ['utf-16le', 'utf-16be'] as const) {
    const text = strictDecode(sample, encoding);
    if (text === null || !text.includes('\n')) continue;
    const printable = text.replace(/[^\x20-\x7e\t\n\v\f\r]/g, '').length;
    const nonAscii = text.replace(/[\x00-\x7f]/g, '');
    if (printable + nonAscii.length === text.length && chineseShare(nonAscii) >= CHINESE_SHARE) return encoding;
  }
  return null;
}

function refuseBinary(bytes: Uint8Array, file: string): void {
  for (const signature of FILE_SIGNATURES) {
    if (startsWith(bytes, signature.bytes)) {
      throw new ArchiveError({
        ruleId: 'not-text',
        file,
        line: null,
        message: `this file is ${signature.what}, not plain text`,
        hint: signature.hint,
      });
    }
  }
  if (!bytes.subarray(0, 65536).includes(0)) return;
  const utf16 = bomlessUtf16(bytes);
  if (utf16) {
    throw new ArchiveError({
      ruleId: 'unknown-encoding',
      file,
      line: null,
      message: `this file looks like ${ENCODING_NAMES[utf16]} without a byte-order mark, which cannot be read safely`,
      hint: SAVE_AS_UTF8,
    });
  }
  // NUL bytes never occur in UTF-8 or GB18030 text; they mark images, archives and other binaries.
  throw new ArchiveError({
    ruleId: 'not-text',
    file,
    line: null,
    message: 'this file is not text (it contains NUL bytes)',
    hint: 'An issue file is the plain text of one printed page. Export the page as text (UTF-8) and try again.',
  });
}

/** The BOM-less case: UTF-8, else GBK that reads as Chinese, else a clear refusal. */
function decodeWithoutBom(bytes: Uint8Array, file: string): Decoded {
  const utf8 = strictDecode(bytes, 'utf-8');
  const gb = utf8 !== null && /[\u0800-\uffff]/.test(utf8) ? null : strictDecode(bytes, 'gb18030');
  const gbPlausible = gb !== null && chineseShare(gb) >= CHINESE_SHARE;
  if (utf8 !== null) {
    // Short GBK text can also be valid UTF-8 (省委 is C9 A1 CE AF, two Latin letters in UTF-8): it then has
    // no Chinese as UTF-8, which a page in this archive always has.
    if (gbPlausible && /[^\u0000-\u007f]/.test(utf8)) {
      throw new ArchiveError({
        ruleId: 'ambiguous-encoding',
        file,
        line: null,
        message: `cannot tell whether this file is UTF-8 or GBK: as GBK it starts “${firstGraphemes(gb.replace(/[\x00-\x7f]+/g, ' ').trim(), 10)}”, as UTF-8 it has no Chinese at all`,
        hint: SAVE_AS_UTF8,
      });
    }
    return { text: utf8, encoding: 'utf-8' };
  }
  if (gbPlausible) return { text: gb, encoding: 'gb18030' };
  const scan = scanUtf8(bytes);
  if (scan.firstInvalid !== null && scan.valid >= 10 * scan.invalid) {
    const line = lineAt(bytes, scan.firstInvalid);
    throw new ArchiveError({
      ruleId: 'invalid-utf8',
      file,
      line,
      message:
        'this line has bytes that are not UTF-8, though the rest of the file is: the file is damaged or cut off here',
      hint: 'Re-export the page, or retype the broken characters on this line.',
    });
  }
  throw new ArchiveError({
    ruleId: 'unknown-encoding',
    file,
    line: null,
    message: 'this file is neither UTF-8 nor GB18030/GBK text (it may be Big5, Shift-JIS or a Western code page)',
    hint: SAVE_AS_UTF8,
  });
}

export function decode(bytes: Uint8Array, file: string): Decoded {
  if (bytes.length > MAX_ISSUE_BYTES) {
    throw new ArchiveError({
      ruleId: 'file-too-large',
      file,
      line: null,
      message: `this file is ${megabytes(bytes.length)}; one printed page is 10–30 kB, so it is not a single page (the limit is ${megabytes(MAX_ISSUE_BYTES)})`,
      hint: 'Add one file per printed page (npm run new-issue takes one page at a time), and check that you picked the right file.',
    });
  }
  for (const [encoding, bom] of BOMS) {
    if (!startsWith(bytes, bom)) continue;
    const text = strictDecode(bytes.subarray(bom.length), encoding);
    if (text === null) {
      throw new ArchiveError({
        ruleId: 'invalid-encoding',
        file,
        line: null,
        message: `this file starts with a ${ENCODING_NAMES[encoding]} byte-order mark but is not valid ${ENCODING_NAMES[encoding]} text`,
        hint: SAVE_AS_UTF8,
      });
    }
    return { text: toUnixNewlines(text), encoding };
  }
  refuseBinary(bytes, file);
  const decoded = decodeWithoutBom(bytes, file);
  return { text: toUnixNewlines(decoded.text), encoding: decoded.encoding };
}
