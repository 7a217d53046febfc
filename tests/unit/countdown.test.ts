// The countdown's words at moments around a deadline, and the moment each next changes: the
// deadline is 2 June 2026 12:00 in Istanbul (09:00 UTC), the same instant in every zone.
import { describe, expect, it } from 'vitest';
import { countdown, isOpen } from '@/lib/countdown';

const DEADLINE = '2026-06-02T09:00:00.000Z';
const at = (iso: string) => Date.parse(iso);

describe('countdown', () => {
  it.each([
    ['2026-05-21T08:00:00.000Z', true, '12 days left', '2026-05-21T09:00:00.001Z'],
    ['2026-06-01T09:00:00.000Z', true, '1 day left', '2026-06-01T09:00:00.001Z'],
    ['2026-06-02T06:30:00.000Z', true, '2 hours left', '2026-06-02T07:00:00.001Z'],
    ['2026-06-02T08:59:30.000Z', true, '1 minute left', DEADLINE],
    ['2026-06-02T08:59:59.999Z', true, '1 minute left', DEADLINE],
    [DEADLINE, true, 'overdue', null],
    ['2026-06-05T09:00:00.000Z', true, 'overdue', null],
    [DEADLINE, false, 'ended just now', '2026-06-02T10:00:00.000Z'],
    ['2026-06-02T14:00:00.000Z', false, 'ended 5 hours ago', '2026-06-02T15:00:00.000Z'],
    ['2026-06-05T10:00:00.000Z', false, 'ended 3 days ago', '2026-06-06T09:00:00.000Z'],
  ])('at %s (open %s) reads "%s" until %s', (now, open, label, next) => {
    const result = countdown({ deadlineAt: DEADLINE, now: at(now), open });
    expect(result.label).toBe(label);
    expect(result.nextChange).toBe(next === null ? null : at(next));
  });

  it('turns to overdue at the deadline’s instant exactly, not a millisecond before', () => {
    expect(countdown({ deadlineAt: DEADLINE, now: at(DEADLINE) - 1, open: true }).state).toBe('left');
    expect(countdown({ deadlineAt: DEADLINE, now: at(DEADLINE), open: true }).state).toBe('overdue');
  });

  it('counts a commitment open while still to be kept by a due date, not once kept or a term that runs out', () => {
    expect(isOpen({ status: 'agreed', durationDays: null })).toBe(true);
    expect(isOpen({ status: 'partly_implemented', durationDays: null })).toBe(true);
    expect(isOpen({ status: 'implemented', durationDays: null })).toBe(false);
    expect(isOpen({ status: 'in_force', durationDays: 30 })).toBe(false);
  });
});
