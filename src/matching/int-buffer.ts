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

/**
 * IntBuffer's like over a Float64Array, for integers past 32 bits (engine.ts search packs a party,
 * a query name and a listed name into one number, up to ~1e12 at a million names): a number[] of
 * such values holds them as doubles, and Array.prototype.sort with a comparator boxed each one it
 * passed to the comparator (11 of the 483 MiB a cold 20,000-query UN pass allocated,
 * bench/alloc-profile.ts); a typed array sorts numerically in place without a comparator.
 * A class of its own rather than one generic over both arrays: each hot call site then sees one
 * array kind only, which keeps V8's element accesses there monomorphic.
 */
export class FloatBuffer {
  private data: Float64Array;
  length = 0;

  constructor(capacity = 256) {
    this.data = new Float64Array(capacity);
  }

  push(value: number): void {
    if (this.length === this.data.length) this.grow();
    this.data[this.length++] = value;
  }

  /** The values held, as a view over the buffer: valid until the next push or clear. */
  view(): Float64Array {
    return this.data.subarray(0, this.length);
  }

  clear(): void {
    this.length = 0;
  }

  private grow(): void {
    const larger = new Float64Array(this.data.length * 2);
    larger.set(this.data);
    this.data = larger;
  }
}
