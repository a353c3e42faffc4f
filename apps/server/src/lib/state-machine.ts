import type { ErrorCode } from '@openrecruit/shared';
import { AppError } from './app-error';

// Every status change of a record (application, job, review request, join request, interview
// round, invitation) goes through one machine written as a table: the allowed transitions are data
// that docs/ARCHITECTURE.md lists, and a refused event is a 409 with a stable code and a reason in
// words the person at the screen understands.

export interface Transition<State extends string> {
  from: readonly State[];
  to: State;
}

export interface MachineDefinition<State extends string, Event extends string> {
  /** Shown in errors and docs, e.g. 'application'. */
  name: string;
  states: readonly State[];
  transitions: Record<Event, Transition<State>>;
  /** The code of a refusal; INVALID_STATE unless an event has its own (e.g. JOB_NOT_OFFLINE). */
  refusalCode?: (state: State, event: Event) => ErrorCode;
  /** Why `event` does not apply in `state`, in Chinese; a generic sentence when absent. */
  refusal?: (state: State, event: Event) => string | undefined;
}

export interface Machine<State extends string, Event extends string> extends MachineDefinition<State, Event> {
  /** The next state, or undefined when the event does not apply. */
  next(state: State, event: Event): State | undefined;
  can(state: State, event: Event): boolean;
  /** The next state, or a 409 AppError (INVALID_STATE or the event's own code) with the reason. */
  advance(state: State, event: Event): State;
  /** The states an event may start from: for `UPDATE ... WHERE state IN (...)` guards. */
  sources(event: Event): readonly State[];
}

export function defineMachine<const State extends string, const Event extends string>(
  definition: MachineDefinition<State, Event>,
): Machine<State, Event> {
  const next = (state: State, event: Event) => {
    const transition = definition.transitions[event];
    return transition.from.includes(state) ? transition.to : undefined;
  };
  return {
    ...definition,
    next,
    can: (state, event) => next(state, event) !== undefined,
    sources: (event) => definition.transitions[event].from,
    advance(state, event) {
      const to = next(state, event);
      if (to !== undefined) return to;
      const code = definition.refusalCode?.(state, event) ?? 'INVALID_STATE';
      throw new AppError(code, definition.refusal?.(state, event), {
        machine: definition.name,
        state,
        event,
      });
    },
  };
}
