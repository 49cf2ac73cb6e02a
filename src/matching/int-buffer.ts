/**
 * A growable list of 32-bit integers over one typed array kept from call to call: the index's
 * splitNames collects the places and names of each new form into one, sorts them in place, and
 * copies out only the result; a fresh number[] per call cost an allocation, its regrowth, and a
 * copy into a typed array before the sort.
 */
export class IntBuffer {
  private data: Int32Array;
  length = 0;

  constructor(capacity = 256) {
    this.data = new Int32Array(capacity);
  }

  push(value: number): void {
    if (this.length === this.data.length) this.grow();
    this.data[this.length++] = value;
  }

  /** The values held, as a view over the buffer: valid until the next push or clear. */
  view(): Int32Array {
    return this.data.subarray(0, this.length);
  }

  /** The values held, copied into an array of their own. */
  copy(): Int32Array {
    return this.data.slice(0, this.length);
  }

  clear(): void {
    this.length = 0;
  }

  private grow(): void {
    const larger = new Int32Array(this.data.length * 2);
    larger.set(this.data);
    this.data = larger;
  }
}
