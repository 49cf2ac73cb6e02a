import { desc, eq } from 'drizzle-orm';
import type { Db } from '../store/database.js';
import { freezeRecords } from '../store/schema/index.js';
import { freezeTimeline, type FreezeTimeline } from './freeze-rules.js';

export type FreezeRecord = typeof freezeRecords.$inferSelect;

export interface FreezeRecordWithTimeline extends FreezeRecord {
  timeline: FreezeTimeline;
}

function withTimeline(record: FreezeRecord): FreezeRecordWithTimeline {
  return { ...record, timeline: freezeTimeline(record) };
}

export async function getFreezeRecord(db: Db, id: number): Promise<FreezeRecordWithTimeline | undefined> {
  const [row] = await db.select().from(freezeRecords).where(eq(freezeRecords.id, id));
  return row ? withTimeline(row) : undefined;
}

export async function listFreezeRecords(db: Db, filter: { partyId?: number } = {}): Promise<FreezeRecordWithTimeline[]> {
  const rows = await db
    .select()
    .from(freezeRecords)
    .where(filter.partyId !== undefined ? eq(freezeRecords.partyId, filter.partyId) : undefined)
    .orderBy(desc(freezeRecords.id))
    .limit(1000);
  return rows.map(withTimeline);
}
