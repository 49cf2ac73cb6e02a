import { customType, timestamp } from 'drizzle-orm/pg-core';

/**
 * Column helpers shared by every table, so each kind of value is stored one way everywhere.
 */

/** A point in time. Always with time zone: the database stores UTC and nobody guesses the offset. */
export function at(name: string) {
  return timestamp(name, { withTimezone: true, mode: 'date' });
}

/**
 * Raw bytes. drizzle 0.45 has no bytea column; PGlite hands back a Uint8Array and `pg` a Buffer, so
 * both are turned into a Buffer here and callers see one type.
 */
export const bytea = customType<{ data: Buffer; driverData: Uint8Array }>({
  dataType() {
    return 'bytea';
  },
  toDriver(value) {
    return value;
  },
  fromDriver(value) {
    return Buffer.isBuffer(value) ? value : Buffer.from(value);
  },
});

/** A SQL `IN (...)` list of string literals for check constraints (values are our own constants). */
export function sqlList(values: readonly string[]): string {
  return values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ');
}
