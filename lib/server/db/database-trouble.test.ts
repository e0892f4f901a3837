import { describe, expect, it } from 'vitest';
import { databaseTrouble } from './database-trouble';

// Shapes as Prisma 7 with @prisma/adapter-pg and pg-pool raise them (seen against PostgreSQL 15).
const prismaError = (code: string, originalCode?: string) =>
  Object.assign(new Error('Invalid invocation'), {
    code,
    meta: { driverAdapterError: { name: 'DriverAdapterError', cause: { originalCode, kind: 'postgres', code: originalCode } } },
  });

describe('databaseTrouble', () => {
  it('calls an outage unavailable: unreachable, closed, out of connections, shutting down, too slow', () => {
    expect(databaseTrouble(prismaError('P1001'))).toBe('unavailable');
    expect(databaseTrouble(prismaError('P1017'))).toBe('unavailable');
    // A raw query reports the adapter's kind under P2010, without a SQLSTATE.
    const raw = Object.assign(new Error('Raw query failed'), { code: 'P2010', meta: { driverAdapterError: { cause: { kind: 'DatabaseNotReachable' } } } });
    expect(databaseTrouble(raw)).toBe('unavailable');
    expect(databaseTrouble(prismaError('P2037'))).toBe('unavailable');
    // A transaction that could not start or commit in its time (a frozen database).
    expect(databaseTrouble(prismaError('P2028'))).toBe('unavailable');
    expect(databaseTrouble(prismaError('P2010', '57P01'))).toBe('unavailable');
    expect(databaseTrouble(prismaError('P2010', '57P03'))).toBe('unavailable');
    expect(databaseTrouble(prismaError('P2010', '57014'))).toBe('unavailable');
    expect(databaseTrouble(prismaError('P2010', '08006'))).toBe('unavailable');
    expect(databaseTrouble(new Error('timeout exceeded when trying to connect'))).toBe('unavailable');
    expect(databaseTrouble(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }))).toBe('unavailable');
    expect(databaseTrouble(new Error('wrapped', { cause: Object.assign(new Error('reset'), { code: 'ECONNRESET' }) }))).toBe('unavailable');
  });

  it('calls a row locked too long, or a deadlock, a busy row (a conflict)', () => {
    expect(databaseTrouble(prismaError('P2010', '55P03'))).toBe('busy_row');
    expect(databaseTrouble(prismaError('P2010', '40P01'))).toBe('busy_row');
  });

  it('leaves everything else alone: bad data and bugs are not the database’s state', () => {
    expect(databaseTrouble(prismaError('P2002'))).toBeNull();
    expect(databaseTrouble(prismaError('P2010', '22P02'))).toBeNull();
    expect(databaseTrouble(prismaError('P2010', '42703'))).toBeNull();
    expect(databaseTrouble(new Error('Cannot read properties of undefined'))).toBeNull();
    expect(databaseTrouble('a string')).toBeNull();
  });
});
