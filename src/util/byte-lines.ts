/**
 * The lines of a byte stream, split on 0x0A (which never occurs inside a multi-byte UTF-8 character,
 * so a line can be decoded on its own), without the newline; a last line without a newline is still
 * yielded. Lines that cross chunk boundaries are joined.
 */
export async function* byteLines(chunks: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  let pending: Buffer[] = [];
  for await (const chunk of chunks) {
    let start = 0;
    for (let nl = chunk.indexOf(0x0a, start); nl !== -1; nl = chunk.indexOf(0x0a, start)) {
      const piece = chunk.subarray(start, nl);
      yield pending.length === 0 ? piece : Buffer.concat([...pending, piece]);
      pending = [];
      start = nl + 1;
    }
    if (start < chunk.length) pending.push(chunk.subarray(start));
  }
  if (pending.length > 0) yield Buffer.concat(pending);
}
