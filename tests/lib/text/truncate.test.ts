import { describe, expect, it } from 'vitest';
import { firstGraphemes, graphemes, truncate } from '../../../src/lib/text/truncate.ts';

describe('truncate', () => {
  it('never cuts an Extension B character in half (no U+FFFD)', () => {
    const name = '𠀀𪚥𫝀𬺰'; // four characters, eight UTF-16 units
    expect(truncate(name, 3)).toBe('𠀀𪚥𫝀…');
    expect(truncate(name, 3)).not.toMatch(/\p{Cs}/u);
  });

  it('keeps an emoji with its skin tone and a family emoji whole', () => {
    expect(graphemes('👍🏽👨‍👩‍👧城')).toEqual(['👍🏽', '👨‍👩‍👧', '城']);
    expect(truncate('👍🏽👨‍👩‍👧城', 2)).toBe('👍🏽👨‍👩‍👧…');
  });

  it('leaves text that fits as it is, without an ellipsis', () => {
    expect(truncate('平城区', 3)).toBe('平城区');
    expect(firstGraphemes('𠀀𪚥', 2)).toBe('𠀀𪚥');
  });
});
