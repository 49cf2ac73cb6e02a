/**
 * The memo of name pieces looked up by place in the name (src/names/piece-table.ts): a hit is the
 * value kept for exactly that text (never one of the same hash or a longer or shorter text), a
 * piece read inside a name finds what it finds alone, and the table forgets at its limit and on
 * clearProcessMemos.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clearProcessMemos } from '../../src/names/bounded-memo.js';
import { namePieces, pieceWords, type PieceWords } from '../../src/names/name-pieces.js';
import { PIECE_HASH_START, PieceTable, pieceHash } from '../../src/names/piece-table.js';

const hashOf = (s: string): number => {
  let h = PIECE_HASH_START;
  for (let i = 0; i < s.length; i++) h = pieceHash(h, s.charCodeAt(i));
  return h;
};

describe('PieceTable', () => {
  it('finds a piece by its place in another text, and only that text', () => {
    const t = new PieceTable<number>(8);
    t.set('abc', 7, 1);
    t.set('abd', 7, 2); // the same hash: kept in the next slot
    t.set('ab', 7, 3);
    assert.equal(t.get('xabcx', 1, 4, 7), 1);
    assert.equal(t.get('xabdx', 1, 4, 7), 2);
    assert.equal(t.get('abc', 0, 2, 7), 3);
    assert.equal(t.get('abe', 0, 3, 7), undefined);
    assert.equal(t.get('abc', 0, 3, 8), undefined);
    assert.equal(t.size, 3);
  });

  it('forgets everything at its limit, and on clearProcessMemos when process-wide', () => {
    const t = new PieceTable<number>(3);
    for (const [i, s] of ['a', 'b', 'c'].entries()) t.set(s, hashOf(s), i);
    assert.equal(t.get('c', 0, 1, hashOf('c')), 2);
    t.set('d', hashOf('d'), 3);
    assert.equal(t.size, 1);
    assert.equal(t.get('a', 0, 1, hashOf('a')), undefined);
    assert.equal(t.get('d', 0, 1, hashOf('d')), 3);
    const wide = PieceTable.processWide<number>(4);
    wide.set('x', hashOf('x'), 1);
    clearProcessMemos();
    assert.equal(wide.size, 0);
    assert.equal(wide.get('x', 0, 1, hashOf('x')), undefined);
  });
});

describe('namePieces', () => {
  it('gives the words pieceWords gives for each piece, the same entry wherever the piece stands', () => {
    clearProcessMemos();
    const out: PieceWords[] = [];
    namePieces(' Ahmad  Khan Ahmad-Khan Ahmad ', out);
    assert.equal(out.length, 4);
    assert.equal(out[0], pieceWords('Ahmad'));
    assert.equal(out[3], out[0]);
    assert.equal(out[1], pieceWords('Khan'));
    assert.equal(out[2], pieceWords('Ahmad-Khan'));
    assert.deepEqual(out.map((w) => w.normalised), ['ahmad', 'khan', 'ahmad khan', 'ahmad']);
    out.length = 0;
    namePieces('', out);
    namePieces('   ', out);
    assert.equal(out.length, 0);
  });
});
