import { asc, gt } from 'drizzle-orm';
import type { Db } from '../store/database.js';
import type { PartyRow } from '../store/parties-repo.js';
import { parties } from '../store/schema/index.js';

/**
 * Every party, a page at a time in id order (keyset paging: each page is an index range scan, however
 * far into the table). Memory holds one page, whatever the number of parties.
 */
export async function* partyPages(db: Db, pageSize = 5000): AsyncGenerator<PartyRow[]> {
  let after = 0;
  for (;;) {
    const page = await db.select().from(parties).where(gt(parties.id, after)).orderBy(asc(parties.id)).limit(pageSize);
    if (page.length === 0) return;
    yield page;
    after = page[page.length - 1]!.id;
    if (page.length < pageSize) return;
  }
}
