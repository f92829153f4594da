import { describe, expect, it } from 'vitest';
import { MAX_ISSUE_BYTES, decode } from '../../../src/lib/split/decode.ts';
import { editorMessage } from '../../helpers/editor-message.ts';
import { readFileSync } from 'node:fs';
import { encodeGb18030, encodeLegacy, encodeUtf16, utf8 } from '../../helpers/encode.ts';

const PAGE =
  '---\ndate: 2021-04-09\nmasthead: 大同日报·走近平城\npage: 5\n---\n本报讯（记者 邸东芳）连日来，平城区上下深入学习贯彻省市区委会议精神。\n';
const SAVE_AS_UTF8 = '  hint: Save the page as UTF-8 (in Notepad: 另存为 → 编码 UTF-8) and add it again.';

describe('decode: encodings editors’ tools write', () => {
  it('reads UTF-8', () => {
    expect(decode(utf8(PAGE), 'a.txt')).toEqual({ text: PAGE, encoding: 'utf-8' });
  });

  it('drops a UTF-8 byte-order mark', () => {
    expect(decode(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(PAGE)]), 'a.txt')).toEqual({
      text: PAGE,
      encoding: 'utf-8',
    });
  });

  it('reads UTF-16 LE and BE with a byte-order mark', () => {
    expect(decode(encodeUtf16(PAGE, 'le'), 'a.txt')).toEqual({ text: PAGE, encoding: 'utf-16le' });
    expect(decode(encodeUtf16(PAGE, 'be'), 'a.txt')).toEqual({ text: PAGE, encoding: 'utf-16be' });
  });

  it('reads GBK (GB18030) from Chinese Windows tools as the same text, never mojibake', () => {
    expect(decode(encodeLegacy(PAGE, 'gbk'), 'a.txt')).toEqual({ text: PAGE, encoding: 'gb18030' });
  });

  it('reads GBK with a few characters outside GB2312 (rare name characters)', () => {
    const text = `${PAGE}朱镕基、王喆、李堃出席。\n`;
    expect(decode(encodeLegacy(text, 'gbk'), 'a.txt').text).toBe(text);
  });

  it('reads short GBK that a strict UTF-8 decoder refuses (the Notepad “联通” case)', () => {
    expect(decode(encodeLegacy('联通\n', 'gbk'), 'a.txt')).toEqual({ text: '联通\n', encoding: 'gb18030' });
  });

  it('refuses short text that is valid both as UTF-8 and as GBK, rather than guess', () => {
    expect(editorMessage(() => decode(encodeLegacy('省委\n', 'gbk'), 'a.txt'))).toBe(
      `a.txt: error: cannot tell whether this file is UTF-8 or GBK: as GBK it starts “省委”, as UTF-8 it has no Chinese at all [ambiguous-encoding]\n${SAVE_AS_UTF8}`,
    );
  });

  it('refuses Big5 and Shift-JIS, which a permissive GB18030 decoder would turn into mojibake', () => {
    const message = `a.txt: error: this file is neither UTF-8 nor GB18030/GBK text (it may be Big5, Shift-JIS or a Western code page) [unknown-encoding]\n${SAVE_AS_UTF8}`;
    expect(
      editorMessage(() =>
        decode(
          encodeLegacy('本報訊 平城區上下深入學習貫徹省市區委會議精神，對照實際工作，謀劃未來發展。', 'big5'),
          'a.txt',
        ),
      ),
    ).toBe(message);
    expect(
      editorMessage(() =>
        decode(
          encodeLegacy('平城区は、ひらがなとカタカナの文章です。東京都の会議が開かれました。', 'shift_jis'),
          'a.txt',
        ),
      ),
    ).toBe(message);
  });

  it('points at the line of a UTF-8 file with a damaged character', () => {
    const bytes = utf8(PAGE);
    const broken = new Uint8Array([...bytes.subarray(0, bytes.length - 5), 0xe4, 0x0a]);
    expect(editorMessage(() => decode(broken, 'a.txt'))).toBe(
      'a.txt:6: error: this line has bytes that are not UTF-8, though the rest of the file is: the file is damaged or cut off here [invalid-utf8]\n' +
        '  hint: Re-export the page, or retype the broken characters on this line.',
    );
  });

  it('refuses a UTF-16 byte-order mark followed by bytes that are not UTF-16', () => {
    expect(editorMessage(() => decode(new Uint8Array([0xff, 0xfe, 0x41]), 'a.txt'))).toBe(
      `a.txt: error: this file starts with a UTF-16 LE byte-order mark but is not valid UTF-16 LE text [invalid-encoding]\n${SAVE_AS_UTF8}`,
    );
  });

  it('refuses UTF-16 without a byte-order mark, naming it', () => {
    expect(editorMessage(() => decode(encodeUtf16(PAGE, 'le', false), 'a.txt'))).toBe(
      `a.txt: error: this file looks like UTF-16 LE without a byte-order mark, which cannot be read safely [unknown-encoding]\n${SAVE_AS_UTF8}`,
    );
  });

  it('names UTF-16 LE and BE without a byte-order mark on a real page, Chinese with few ASCII bytes', () => {
    // The page text of a seed without its front matter: NUL bytes only at its newlines and digits.
    const page = readFileSync('content/issues/2021-04-02.txt', 'utf8').split('---\n').slice(2).join('---\n');
    for (const [order, name] of [
      ['le', 'UTF-16 LE'],
      ['be', 'UTF-16 BE'],
    ] as const) {
      expect(editorMessage(() => decode(encodeUtf16(page, order, false), 'a.txt'))).toBe(
        `a.txt: error: this file looks like ${name} without a byte-order mark, which cannot be read safely [unknown-encoding]\n${SAVE_AS_UTF8}`,
      );
    }
  });

  it('reads GBK text in traditional characters', () => {
    const text =
      '本報訊（記者 張鑫）4月8日，平城區科協走進校園，為學生們講解航天知識。\n\n大同市召開文明城市創建推進會，會議強調要抓好項目建設。\n';
    expect(decode(encodeLegacy(text, 'gbk'), 'a.txt')).toEqual({ text, encoding: 'gb18030' });
  });

  it('reads a GB18030 page with many Extension B characters (four-byte sequences)', () => {
    const text =
      '本报讯（记者 𠀀𪚥）平城区𫝀𬺰村的𠀾𡈽老人讲述了𠂇𠃌家族的历史。\n\n𠀀𪚥𫝀𬺰𠀾𡈽𠂇𠃌𠄌𠆢等字都是人名用字。\n';
    expect(decode(encodeGb18030(text), 'a.txt')).toEqual({ text, encoding: 'gb18030' });
  });
});

describe('decode: line endings', () => {
  it('turns CRLF and lone CR into LF, one for one, so line numbers match the editor’s', () => {
    expect(decode(utf8('a\r\nb\rc\n\r\nd'), 'a.txt').text).toBe('a\nb\nc\n\nd');
    expect(decode(encodeUtf16('a\r\nb\rc', 'le'), 'a.txt').text).toBe('a\nb\nc');
  });

  it('keeps U+3000 and zero-width characters for the splitter to clean', () => {
    expect(decode(utf8('\u3000\u3000本报讯\u200b'), 'a.txt').text).toBe('\u3000\u3000本报讯\u200b');
  });
});

describe('decode: files that are not a page', () => {
  it('names a PDF, a Word document and an image', () => {
    expect(editorMessage(() => decode(utf8('%PDF-1.7\n...'), 'page.pdf'))).toBe(
      'page.pdf: error: this file is a PDF, not plain text [not-text]\n  hint: Extract the text of the page from the PDF first and add the .txt file.',
    );
    expect(editorMessage(() => decode(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), 'page.docx'))).toBe(
      'page.docx: error: this file is a Word document (.docx) or another zip archive, not plain text [not-text]\n  hint: Open it in Word or WPS and save it as plain text (另存为 → 纯文本, 编码 UTF-8).',
    );
    expect(editorMessage(() => decode(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), 'page.jpg'))).toBe(
      'page.jpg: error: this file is a JPEG image, not plain text [not-text]\n  hint: An issue file is the text of the page, not a picture of it.',
    );
  });

  it('refuses other binary data', () => {
    expect(
      editorMessage(() =>
        decode(new Uint8Array([0x01, 0x00, 0x9c, 0x37, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00]), 'a.bin'),
      ),
    ).toBe(
      'a.bin: error: this file is not text (it contains NUL bytes) [not-text]\n  hint: An issue file is the plain text of one printed page. Export the page as text (UTF-8) and try again.',
    );
  });

  it('refuses a 20 MB file by its size, before decoding it', () => {
    const huge = new Uint8Array(20_000_000).fill(0x41);
    expect(editorMessage(() => decode(huge, 'big.txt'))).toBe(
      'big.txt: error: this file is 20.0 MB; one printed page is 10–30 kB, so it is not a single page (the limit is 1.0 MB) [file-too-large]\n' +
        '  hint: Add one file per printed page (npm run new-issue takes one page at a time), and check that you picked the right file.',
    );
  });

  it('reads a file just under the limit', () => {
    const line = '本报讯 平城区上下深入学习贯彻会议精神。\n';
    const text = line.repeat(Math.floor(MAX_ISSUE_BYTES / utf8(line).length));
    expect(decode(utf8(text), 'a.txt').text).toBe(text);
  });

  it('reads an empty file as empty text', () => {
    expect(decode(new Uint8Array(), 'a.txt')).toEqual({ text: '', encoding: 'utf-8' });
  });
});
