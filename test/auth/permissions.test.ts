import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertCan, can, ForbiddenError, PERMISSION_NAMES, PERMISSIONS, permissionsOf } from '../../src/auth/permissions.js';
import { isRole, ROLES } from '../../src/auth/roles.js';

test('the auditor holds read-only permissions only, and can read everything readable', () => {
  for (const p of permissionsOf('auditor')) assert.equal(PERMISSIONS[p].readOnly, true, p);
  for (const p of PERMISSION_NAMES.filter((n) => PERMISSIONS[n].readOnly && !['audit:read', 'audit:verify'].includes(n))) {
    assert.ok(can('auditor', p), `auditor may ${p}`);
  }
  assert.ok(can('auditor', 'audit:verify'));
});

test('separation of duties: only supervisors approve, admins manage keys but decide nothing', () => {
  assert.deepEqual(ROLES.filter((r) => can(r, 'decisions:approve')), ['supervisor']);
  assert.deepEqual(ROLES.filter((r) => can(r, 'keys:manage')), ['admin']);
  assert.equal(can('admin', 'decisions:propose'), false);
  assert.equal(can('admin', 'alerts:transition'), false);
  assert.equal(can('analyst', 'audit:read'), false);
});

test('every permission names only known roles and says what it is', () => {
  for (const p of PERMISSION_NAMES) {
    assert.ok(PERMISSIONS[p].roles.length > 0, p);
    for (const r of PERMISSIONS[p].roles) assert.ok(isRole(r), `${p}: ${r}`);
    assert.ok(PERMISSIONS[p].description.length > 5, p);
  }
});

test('assertCan throws a ForbiddenError naming the role, the permission and who may', () => {
  assert.doesNotThrow(() => assertCan('supervisor', 'decisions:approve'));
  assert.throws(() => assertCan('analyst', 'decisions:approve'), (err: unknown) => {
    assert.ok(err instanceof ForbiddenError);
    assert.match(err.message, /analyst may not decisions:approve .* allowed: supervisor/);
    return true;
  });
});
