// The stand-in for iconv-lite in the inquirer bundle (src/shims/iconv-lite.ts) decodes what the editor reads
// as iconv-lite did: the encodings chardet names, and UTF-8 for one it does not know.
import { describe, expect, it } from 'vitest';
import iconv from '../src/shims/iconv-lite.ts';

describe('iconv-lite shim', () => {
  it.each([
    ['UTF-8', Buffer.from('残差网络 ResNet', 'utf8'), '残差网络 ResNet'],
    // 残差 in GB18030 (and GBK): B2 D0 B2 EE.
    ['GB18030', Buffer.from([0xb2, 0xd0, 0xb2, 0xee]), '残差'],
    ['UTF-16LE', Buffer.from('note', 'utf16le'), 'note'],
    ['ISO-8859-1', Buffer.from([0x63, 0x61, 0x66, 0xe9]), 'café'],
  ])('decodes %s', (encoding, bytes, text) => {
    expect(iconv.encodingExists(encoding)).toBe(true);
    expect(iconv.decode(bytes, encoding)).toBe(text);
  });

  it('an encoding it does not know: unknown, and decoded as UTF-8', () => {
    expect(iconv.encodingExists('no-such-encoding')).toBe(false);
    expect(iconv.decode(Buffer.from('ok ✔', 'utf8'), 'no-such-encoding')).toBe('ok ✔');
  });
});
