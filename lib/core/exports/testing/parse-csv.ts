// A strict RFC 4180 reader for the CSV tests: records end with CRLF, a field is either bare
// (no comma, quote, CR or LF in it) or quoted with quotes doubled. Anything else throws, so a
// writer that is merely "readable by a lenient spreadsheet" fails the tests.

export function parseCsv(input: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  for (;;) {
    let field = '';
    if (input[i] === '"') {
      i++;
      for (;;) {
        if (i >= input.length) throw new Error('Unterminated quoted field');
        if (input[i] === '"') {
          if (input[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += input[i++];
      }
    } else {
      while (i < input.length && !/[,\r\n]/.test(input[i] as string)) {
        if (input[i] === '"') throw new Error(`Quote inside a bare field at ${i}`);
        field += input[i++];
      }
    }
    record.push(field);
    if (input[i] === ',') {
      i++;
      continue;
    }
    if (input.startsWith('\r\n', i)) {
      records.push(record);
      record = [];
      i += 2;
      if (i === input.length) return records;
      continue;
    }
    if (i >= input.length) throw new Error('The last record does not end with CRLF');
    throw new Error(`A line break that is not CRLF at ${i}`);
  }
}
