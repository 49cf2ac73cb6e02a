/** Every table of Interdict's one database schema (drizzle-kit reads this file; see drizzle.config.ts). */
export * from './lists.js';
export * from './parties.js';
export * from './cases.js';
export * from './audit.js';
export * from './auth.js';
export * from './monitoring.js';
export * from './reports.js';
export * from './monitoring-work.js';
