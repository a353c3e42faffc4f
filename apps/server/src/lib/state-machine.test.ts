import { describe, expect, it } from 'vitest';
import { AppError } from './app-error';
import { defineMachine } from './state-machine';

const door = defineMachine({
  name: 'door',
  states: ['open', 'closed', 'locked'],
  transitions: {
    close: { from: ['open'], to: 'closed' },
    open: { from: ['closed'], to: 'open' },
    lock: { from: ['closed'], to: 'locked' },
  },
  refusal: (state, event) => (state === 'locked' && event === 'open' ? '门已上锁，请先开锁' : undefined),
});

describe('defineMachine', () => {
  it('moves along the table', () => {
    expect(door.advance('open', 'close')).toBe('closed');
    expect(door.next('closed', 'lock')).toBe('locked');
    expect(door.can('open', 'lock')).toBe(false);
    expect(door.sources('open')).toEqual(['closed']);
  });

  it('refuses with a 409, the stable code and the Chinese reason', () => {
    const refused = (() => {
      try {
        door.advance('locked', 'open');
      } catch (error) {
        return error;
      }
    })();
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ code: 'INVALID_STATE', message: '门已上锁，请先开锁' });
    expect((refused as AppError).details).toEqual({ machine: 'door', state: 'locked', event: 'open' });
  });

  it('falls back to the generic message of the code', () => {
    expect(() => door.advance('open', 'open')).toThrowError('当前状态下不能进行此操作');
  });
});
