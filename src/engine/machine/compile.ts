// compile(scenario) → an xstate v5 machine. Steps become states, transitions become
// guarded NEXT/BACK transitions, answers become assign actions; every guard and action
// calls a pure function in context.ts. The machine orders steps; the engine does the maths.
import { assertEvent, assign, setup } from 'xstate';
import type { PreparedScenario } from '../prepared.ts';
import { isSettableValue } from '../parameters.ts';
import { transitionsOf } from '../scenario/graph.ts';
import type { Step } from '../scenario/schema.ts';
import { valueAfter } from '../evaluate.ts';
import type { PlayEvent } from './events.ts';
import {
  evaluateContext, initialContext, isComplete, isValidAllocation, isValidChoice, isValidEstimate,
  roundRemains, roundsPlayed, withAllocation, withChoice, withEstimate, withEventsChecked, type PlayContext, type PlayInput,
} from './context.ts';

export function createScenarioMachine(p: PreparedScenario) {
  const stepAt = (id: string) => p.steps.get(id) as Step;

  const machineSetup = setup({
    types: { context: {} as PlayContext, events: {} as PlayEvent, input: {} as PlayInput },
    guards: {
      'may leave': ({ context }, params: { step: string; when?: string }) => {
        if (!isComplete(p, stepAt(params.step), context)) return false;
        return params.when === undefined || valueAfter(p, evaluateContext(p, context), params.when) !== 0;
      },
      'round remains': ({ context }, params: { step: string }) => roundRemains(p, context, stepAt(params.step)),
      'came from': ({ context }, params: { step: string; from: string }) => {
        const step = stepAt(params.step);
        if (step.kind === 'allocate' && roundsPlayed(context, step.id) > 0) return false;
        return context.trail[context.trail.length - 1] === params.from;
      },
      'is valid choice': ({ context, event }, params: { step: string }) => {
        assertEvent(event, 'CHOOSE');
        return isValidChoice(stepAt(params.step), context, event.option);
      },
      'is valid estimate': ({ context, event }, params: { step: string }) => {
        assertEvent(event, 'SUBMIT');
        return isValidEstimate(stepAt(params.step), context, event.value);
      },
      'is valid allocation': ({ context, event }, params: { step: string }) => {
        assertEvent(event, 'SUBMIT');
        return isValidAllocation(p, stepAt(params.step), context, event.allocation);
      },
      'is valid parameter': ({ event }, params: { step: string }) => {
        assertEvent(event, 'SET_PARAM');
        return isSettableValue(p.scenario, stepAt(params.step), event.name, event.value);
      },
    },
    actions: {
      'record choice': assign(({ context, event }, params: { step: string }) => {
        assertEvent(event, 'CHOOSE');
        return withChoice(context, params.step, event.option);
      }),
      'record estimate': assign(({ context, event }, params: { step: string }) => {
        assertEvent(event, 'SUBMIT');
        // The guard has checked the value; an estimate always carries one.
        return event.value === undefined ? {} : withEstimate(context, params.step, event.value);
      }),
      'record allocation': assign(({ context, event }, params: { step: string }) => {
        assertEvent(event, 'SUBMIT');
        const step = stepAt(params.step);
        return event.allocation && step.kind === 'allocate' ? withAllocation(step, context, event.allocation) : {};
      }),
      'open round': assign({ roundOpen: true }),
      'check events': assign(({ context }, params: { step: string }) => withEventsChecked(p, context, params.step)),
      'set explored value': assign(({ context, event }) => {
        assertEvent(event, 'SET_PARAM');
        return { explore: { ...context.explore, [event.name]: event.value } };
      }),
      'leave step': assign(({ context }, params: { step: string }) => ({ trail: [...context.trail, params.step], roundOpen: true, explore: {} })),
      'go back': assign(({ context }) => ({ trail: context.trail.slice(0, -1), explore: {} })),
      'mark finished': assign({ finished: true }),
      'start over': assign(({ context, event }) => {
        assertEvent(event, 'RESET');
        return initialContext(p, { seed: event.seed ?? context.seed, params: context.params });
      }),
    },
  });

  type MachineConfig = Parameters<typeof machineSetup.createMachine>[0];
  type StatesConfig = NonNullable<MachineConfig['states']>;
  type Handlers = NonNullable<StatesConfig[string]['on']>;

  const states: StatesConfig = {};
  p.scenario.steps.forEach((step, index) => {
    const params = { step: step.id };
    const on: Handlers = {
      NEXT: transitionsOf(p.scenario, index).map((t) => ({
        target: t.to,
        guard: { type: 'may leave' as const, params: { step: step.id, when: t.when } },
        actions: { type: 'leave step' as const, params },
      })),
      BACK: step.back === false ? [] : (p.graph.predecessors.get(step.id) ?? []).map((from) => ({
        target: from,
        guard: { type: 'came from' as const, params: { step: step.id, from } },
        actions: 'go back' as const,
      })),
    };
    if (step.kind === 'choice') on.CHOOSE = { guard: { type: 'is valid choice', params }, actions: { type: 'record choice', params } };
    if (step.kind === 'estimate') on.SUBMIT = { guard: { type: 'is valid estimate', params }, actions: { type: 'record estimate', params } };
    if (step.kind === 'allocate') {
      on.SUBMIT = { guard: { type: 'is valid allocation', params }, actions: [{ type: 'record allocation', params }, { type: 'check events', params }] };
      on.NEXT_ROUND = { guard: { type: 'round remains', params }, actions: 'open round' };
    }
    if (step.kind === 'sandbox') on.SET_PARAM = { guard: { type: 'is valid parameter', params }, actions: 'set explored value' };
    // Events are checked on entering every step and after every allocate round.
    const check = { type: 'check events' as const, params };
    states[step.id] = step.kind === 'debrief' ? { entry: [check, 'mark finished'], on } : { entry: [check], on };
  });

  const first = p.scenario.steps[0]!.id;
  return machineSetup.createMachine({
    id: p.scenario.id,
    context: ({ input }) => initialContext(p, input),
    initial: first,
    on: { RESET: { target: `.${first}`, actions: 'start over' } },
    // The step graph is data, so the states are built above; xstate checks targets at creation.
    states,
  });
}

export type ScenarioMachine = ReturnType<typeof createScenarioMachine>;
