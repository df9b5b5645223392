// English UI strings of the simulator pieces (feedback judgements, the debrief's sections,
// sandbox layout, home progress, lesson sections); the zh-CN twin is simulator.zh-CN.ts.
export const simulatorEn = {
  'sim.judgement.right': 'Your judgement: right',
  'sim.judgement.wrong': 'Your judgement: wrong',
};
