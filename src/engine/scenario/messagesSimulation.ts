// Validation messages for the simulation fields (strategies, events, costs, run-dependent
// answers, sensitivity ranges, {{name}} in texts), in both languages; merged into messages.ts.
import type { Locale } from '../locale.ts';

export const SIMULATION_TEMPLATES = {
  'strategy-no-such-step': { en: 'strategy “{strategy}”: there is no step “{step}”', 'zh-CN': '方案“{strategy}”：没有步骤“{step}”' },
  'strategy-needs-choose': { en: 'strategy “{strategy}”: step “{step}” is a choice and needs `choose:`', 'zh-CN': '方案“{strategy}”：步骤“{step}”是选择题，需要 `choose:`' },
  'strategy-single-takes-one': { en: 'strategy “{strategy}”: step “{step}” is a single choice and takes one option, not a list', 'zh-CN': '方案“{strategy}”：步骤“{step}”是单选题，只能选一个选项，不能是列表' },
  'strategy-unknown-option': { en: 'strategy “{strategy}”: step “{step}” has no option “{option}”', 'zh-CN': '方案“{strategy}”：步骤“{step}”没有选项“{option}”' },
  'strategy-estimate-range': { en: 'strategy “{strategy}”: the estimate for step “{step}” must be a number in {min}..{max}', 'zh-CN': '方案“{strategy}”：步骤“{step}”的估计值必须是 {min}..{max} 之间的数' },
  'strategy-shares-sum': { en: 'strategy “{strategy}”: the shares for step “{step}” must be ≥ 0 and add up to 1 (they add up to {sum})', 'zh-CN': '方案“{strategy}”：步骤“{step}”的各份额必须 ≥ 0 且总和为 1（现在为 {sum}）' },
  'strategy-no-decision': { en: 'strategy “{strategy}”: step “{step}” is a {kind} step and takes no decision', 'zh-CN': '方案“{strategy}”：步骤“{step}”是 {kind} 步骤，不需要决策' },
  'event-round-name': { en: 'the case declares a name “round”, but in events `round` means the allocate rounds played: rename it', 'zh-CN': '案例声明了名称“round”，但在事件中 `round` 表示已进行的分配轮数：请改名' },
  'chance-range': { en: 'a chance is a probability between 0 and 1, not {value}', 'zh-CN': '概率必须在 0 到 1 之间，而不是 {value}' },
  'cost-name-taken': { en: '“{name}” is where option costs add up: it can only be declared under `state:` (with its initial value)', 'zh-CN': '“{name}”用于累计选项成本：只能在 `state:` 下声明（并给出初始值）' },
  'plausible-range': { en: 'the plausible range [{lo}, {hi}] must be in order and inside {min}..{max}', 'zh-CN': '合理范围 [{lo}, {hi}] 必须从小到大，并在 {min}..{max} 之内' },
  'switch-range': { en: '“{name}” is a switch, so its min must be 0 and its max 1 (it has {min}..{max})', 'zh-CN': '“{name}”是开关，最小值必须为 0、最大值为 1（现在是 {min}..{max}）' },
  'unknown-text-name': { en: '{{{name}}} names no parameter, state variable or metric', 'zh-CN': '{{{name}}} 不是任何参数、状态变量或指标的名称' },
  'hidden-param-in-text': { en: '{{{name}}} would show a hidden parameter before the debrief: use it in the debrief only', 'zh-CN': '{{{name}}} 会在复盘前泄露隐藏参数：只能在复盘中使用' },
} satisfies Record<string, Record<Locale, string>>;
