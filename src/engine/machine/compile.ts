// compile(scenario) → an xstate v5 machine. Steps become states, transitions become
// guarded NEXT/BACK transitions, answers become assign actions; every guard and action
// calls a pure function in context.ts. The machine orders steps; the engine does the maths.
import { assign, setup } from 'xstate';
import type { PreparedScenario } from '../prepared.ts';
import { transitionsOf } from '../scenario/graph.ts';
import type { Step } from '../scenario/schema.ts';
import { valueAfter } from '../evaluate.ts';
import type { PlayEvent } from './events.ts';
import {
  evaluateContext, initialContext, isComplete, isValidAllocation, isValidChoice, isValidEstimate,
  roundsOf, roundsPlayed, withAllocation, withChoice, withEstimate, withEventsChecked, type PlayContext, type PlayInput,
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
      'round remains': ({ context }, params: { step: string }) => {
        const step = stepAt(params.step);
        return !context.roundOpen && roundsPlayed(context, step.id) < roundsOf(p, context, step);
      },
      'came from': ({ context }, params: { step: string; from: string }) => {
        const step = stepAt(params.step);
        if (step.kind === 'allocate' && roundsPlayed(context, step.id) > 0) return false;
        return context.trail[context.trail.length - 1] === params.from;
      },
      'is valid choice': ({ context, event }, params: { step: string }) =>
        event.type === 'CHOOSE' && isValidChoice(stepAt(params.step), context, event.option),
      'is valid estimate': ({ context, event }, params: { step: string }) =>
        event.type === 'SUBMIT' && isValidEstimate(stepAt(params.step), context, event.value),
      'is valid allocation': ({ context, event }, params: { step: string }) =>
        event.type === 'SUBMIT' && isValidAllocation(p, stepAt(params.step), context, event.allocation),
      'is valid parameter': ({ event }, params: { step: string }) => {
        const step = stepAt(params.step);
        if (event.type !== 'SET_PARAM' || step.kind !== 'sandbox') return false;
        const param = p.scenario.parameters?.[event.name];
        const allowed = step.params ?? Object.keys(p.scenario.parameters ?? {});
        // A hidden parameter stays put until the debrief reveals it, even when a step offers "all".
        if (!param || param.hidden === true) return false;
        return allowed.includes(event.name) && Number.isFinite(event.value) && event.value >= param.min && event.value <= param.max;
      },
    },
    actions: {
      'record choice': assign(({ context, event }, params: { step: string }) =>
        event.type === 'CHOOSE' ? withChoice(context, params.step, event.option) : {}),
      'record estimate': assign(({ context, event }, params: { step: string }) =>
        event.type === 'SUBMIT' && typeof event.value === 'number' ? withEstimate(context, params.step, event.value) : {}),
      'record allocation': assign(({ context, event }, params: { step: string }) => {
        const step = stepAt(params.step);
        return event.type === 'SUBMIT' && event.allocation && step.kind === 'allocate' ? withAllocation(step, context, event.allocation) : {};
      }),
      'open round': assign({ roundOpen: true }),
      'check events': assign(({ context }, params: { step: string }) => withEventsChecked(p, context, params.step)),
      'set explored value': assign(({ context, event }) =>
        event.type === 'SET_PARAM' ? { explore: { ...context.explore, [event.name]: event.value } } : {}),
      'leave step': assign(({ context }, params: { step: string }) => ({ trail: [...context.trail, params.step], roundOpen: true, explore: {} })),
      'go back': assign(({ context }) => ({ trail: context.trail.slice(0, -1), explore: {} })),
      'mark finished': assign({ finished: true }),
      'start over': assign(({ context, event }) => ({
        ...initialContext(p, { seed: event.type === 'RESET' && event.seed !== undefined ? event.seed : context.seed, params: context.params }),
      })),
    },
  });

  const states: Record<string, object> = {};
  p.scenario.steps.forEach((step, index) => {
    const forward = transitionsOf(p.scenario, index).map((t) => ({
      target: t.to,
      guard: { type: 'may leave' as const, params: { step: step.id, when: t.when } },
      actions: { type: 'leave step' as const, params: { step: step.id } },
    }));
    const back = step.back === false ? [] : (p.graph.predecessors.get(step.id) ?? []).map((from) => ({
      target: from,
      guard: { type: 'came from' as const, params: { step: step.id, from } },
      actions: 'go back' as const,
    }));
    const on: Record<string, unknown> = { BACK: back };
    const params = { step: step.id };
    if (step.kind === 'choice') on.CHOOSE = { guard: { type: 'is valid choice', params }, actions: { type: 'record choice', params } };
    if (step.kind === 'estimate') on.SUBMIT = { guard: { type: 'is valid estimate', params }, actions: { type: 'record estimate', params } };
    if (step.kind === 'allocate') {
      on.SUBMIT = { guard: { type: 'is valid allocation', params }, actions: [{ type: 'record allocation', params }, { type: 'check events', params }] };
    }
    if (step.kind === 'sandbox') on.SET_PARAM = { guard: { type: 'is valid parameter', params }, actions: 'set explored value' };
    on.NEXT = step.kind === 'allocate'
      ? [{ guard: { type: 'round remains', params }, actions: 'open round' }, ...forward]
      : forward;
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
    // The step graph is data, so the states are built above; xstate checks them at creation.
    states: states as never,
  });
}

export type ScenarioMachine = ReturnType<typeof createScenarioMachine>;
