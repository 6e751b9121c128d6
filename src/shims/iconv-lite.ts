// What @inquirer/external-editor needs of iconv-lite (the `roadmap note` editor): whether an encoding is known,
// and decoding the edited file's bytes in the encoding chardet found. Node's own TextDecoder (the WHATWG
// encodings, through ICU: UTF-8, UTF-16, GB18030/GBK, Big5, Shift_JIS, EUC-KR, windows-125x, ISO-8859-x, ...)
// does both, so the inquirer bundle does not carry iconv-lite's 490 KB of tables. An encoding Node does not
// know is "unknown", and the editor then reads the file as UTF-8, as it does with iconv-lite.

function decoder(encoding: string): TextDecoder | undefined {
  try {
    return new TextDecoder(encoding);
  } catch {
    return undefined;
  }
}

export function encodingExists(encoding: string): boolean {
  return decoder(encoding) !== undefined;
}

export function decode(bytes: Uint8Array, encoding: string): string {
  return (decoder(encoding) ?? new TextDecoder('utf-8')).decode(bytes);
}

export default { encodingExists, decode };
