// 公式错误信息（简体中文），写给不是程序员的教师。
// `{name}` 占位符由错误的 params 填入；由 messages.ts 选择语言表。
import type { FormulaMessageTable } from './messages.ts';

export const FORMULA_MESSAGES_ZH_CN: FormulaMessageTable = {
  codes: {
    empty: '公式为空：请写一个数字、名称或算式',
    'too-long': '公式过长：共 {length} 个字符，上限为 {max}',
    'too-deep': '此处括号嵌套过深（最多 {max} 层）：请把公式拆成几个指标',
    'bad-character': '公式中不能使用“{char}”：名称只能由英文字母、数字和“_”组成',
    'not-allowed': '公式语言不支持这种写法',
    syntax: '此处不应出现“{found}”',
    'unexpected-end': '公式提前结束：末尾缺少内容（运算符后的值，或右括号）',
    'unclosed-paren': '这个“(”没有闭合：请补上“)”',
    'missing-operator': '“{found}”前缺少运算符（应写 2 * x，而不是 2x 或 2 x）',
    'chained-comparison': '比较不能连写：请写成 a < b and b < c',
    'not-operand': '此处请把“not …”放进括号，例如 a * (not b)',
    'unknown-function': '未知函数“{fn}”；可用的函数有：{functions}',
    'function-without-call': '“{fn}”是函数而不是值：请写成 {fn}(…) 并给出参数',
    arity: '{fn}() 需要 {expected}；这里给了 {got} 个',
    'step-argument': 'accuracy() 的参数必须是步骤 id，例如 accuracy(diagnose)',
    'unknown-name': '未知名称“{name}”——请先将其声明为参数、状态变量或指标',
    'unknown-step': '没有 id 为“{step}”的步骤',
    'division-by-zero': '此处除数为零：请先判断，例如 if(b == 0, 0, a / b)',
    'log-domain': 'log() 需要大于 0 的数，实际为 {value}',
    'not-finite': '此处结果不是有限数（数值过大，或无定义，例如负数的分数次幂）',
    'round-digits': 'round(x, digits)：digits 必须是 -{max} 到 {max} 之间的整数，而不是 {digits}',
    'normalize-range': 'normalize(x, lo, hi) 要求 lo 与 hi 不相等（两者都是 {lo}）',
    'clamp-range': 'clamp(x, lo, hi) 要求 lo ≤ hi，但 lo 为 {lo}、hi 为 {hi}',
    'no-accuracy': '此公式中不能使用 accuracy({step})',
  },
  notAllowed: {
    string: '公式中引号里的文字不是值：只能使用数字和名称',
    brackets: '公式中不能使用方括号或花括号：分组请用 ( )',
    ternary: '不支持“? :”：请写成 if(条件, 条件成立时的值, 不成立时的值)',
    this: '公式中不能使用“this”',
    'method-call': '只能调用内置函数，例如 max(a, b)；不能写“名称.某某(…)”',
    'call-on-group': '只有函数名可以紧跟“(”：如果想表示相乘，请加上运算符 *',
    'member-of-value': '点号只能连接名称，例如 step.option',
    'long-name': '带点号的名称最多只能有 {max} 段',
    'and-symbol': '请用“and”代替“&&”',
    'or-symbol': '请用“or”代替“||”',
    bang: '请用“not”代替“!”',
    'triple-equals': '请用“==”代替“===”',
    'not-triple-equals': '请用“!=”代替“!==”',
    'single-equals': '不能使用单个“=”：比较请写“==”（公式不能赋值）',
    'double-star': '乘方请用“^”代替“**”',
    percent: '不支持“%”：百分数请写成小数（5% → 0.05）',
    tilde: '“~”不是公式中的运算符',
    semicolon: '公式只能是一个表达式：请删除“;”',
  },
  badCharacterWithSuggestion: '公式中不能使用“{char}”：请改为“{suggestion}”（切换到半角/英文输入）',
  arityExpected: (min, max) => {
    if (max === undefined) return `至少 ${min} 个参数`;
    return min === max ? `${min} 个参数` : `${min} 或 ${max} 个参数`;
  },
};
