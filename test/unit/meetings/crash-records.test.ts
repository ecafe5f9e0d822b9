import { describe, expect, it } from 'vitest';
import {
  actionFor,
  attendeeFor,
  decisionFor,
  isLost,
  type Acknowledged,
  type StoredRecord,
} from '../../../electron/bin/crash-test-records';

const range = (n: number) => Array.from({ length: n }, (_v, i) => i + 1);
const stored = (d: number, a: number, p: number, attended: number): StoredRecord => ({
  decisions: range(d).map(decisionFor),
  actions: range(a).map(actionFor),
  attendees: [
    { name: 'Team Manager', status: 'invited' },
    ...range(p).map((n) => ({ name: attendeeFor(n), status: n <= attended ? 'attended' : 'invited' })),
  ],
});
const ack = (decision: number, action: number, attendee: number, attended: number): Acknowledged => ({
  decision,
  action,
  attendee,
  attended,
});

describe('the decisions, actions and attendance crash test', () => {
  it('finds nothing lost when every acknowledged record is stored, or one more that was never acknowledged', () => {
    expect(isLost(ack(0, 0, 0, 0), stored(0, 0, 0, 0))).toBe(false);
    expect(isLost(ack(3, 3, 3, 2), stored(3, 3, 3, 2))).toBe(false);
    expect(isLost(ack(3, 2, 2, 2), stored(3, 3, 2, 2))).toBe(false);
  });

  it('counts a run as lost when a decision, action, attendee or attendance acknowledged is missing or altered', () => {
    expect(isLost(ack(3, 3, 3, 3), stored(2, 3, 3, 3))).toBe(true);
    expect(isLost(ack(3, 3, 3, 3), stored(3, 2, 3, 3))).toBe(true);
    expect(isLost(ack(3, 3, 3, 3), stored(3, 3, 2, 2))).toBe(true);
    expect(isLost(ack(3, 3, 3, 3), stored(3, 3, 3, 2))).toBe(true);
    const altered = stored(3, 3, 3, 3);
    altered.decisions[1] = 'Something else';
    expect(isLost(ack(3, 3, 3, 3), altered)).toBe(true);
  });
});
