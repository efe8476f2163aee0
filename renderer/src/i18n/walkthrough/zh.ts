// Chinese (simplified). Full-width punctuation, as in running Chinese text.
import type { Messages } from './en';
import { auditZh } from '../audit/zh';
import { secondCheckZh } from '../second-check/zh';
import { bundleZh } from '../bundle/zh';
import { consoleZh } from '../console/zh';
import { siteZh } from '../site/zh';
import { thermalZh } from '../thermal/zh';
import { LTR_TEMPERATURE } from './temperature-text';

export const zh: Messages = {
  app: {
    title: '体温筛查',
  },
  language: {
    label: '语言',
  },
  idle: {
    title: '请走到屏幕前',
    steps: {
      onePerson: '每次一人',
      hatGlasses: '请摘下帽子和眼镜',
      lookAtSensor: '请看向传感器',
    },
    privacy: '不存储任何图像、姓名或体温。',
  },
  measuring: {
    progress: '测量进度',
    guidance: {
      'step-closer': '请再靠近一点',
      'step-back': '请稍微后退',
      'hold-still': '请保持不动',
      'one-person': '请一次一人',
      measuring: '正在测量…',
    },
  },
  pass: {
    title: '您可以进入',
  },
  refer: {
    title: '请到工作人员处进行快速复查',
    /** Discreet referral: the pass's look; only this sentence differs. */
    discreet: '请到工作人员处',
    note: '这只是筛查，不是诊断。工作人员会用医用体温计确认。',
  },
  retry: {
    title: '请再试一次',
    reason: {
      'too-far': '请再靠近一点',
      'too-close': '请稍微后退',
      'one-person': '请一次一人',
      'hold-still': '请保持不动',
      'too-cold': '您似乎刚从寒冷的室外进来，请稍等几分钟后再试',
      'too-warm': '您似乎刚从炎热的环境中进来或刚运动过，请稍等几分钟后再试',
      uncertain: '读数不清楚，请面向屏幕站稳',
    },
  },
  paused: {
    title: '筛查已暂停 — 已通知工作人员',
    reason: {
      starting: '正在启动…',
      'sensor-disconnected': '热成像传感器未连接，需由工作人员连接',
      'sensor-stalled': '热成像传感器已停止发送数据',
      'sensor-frozen': '热成像传感器图像已冻结',
      'sensor-garbage': '热成像传感器数据无法读取（波特率是否错误？）',
      'sensor-problem': '热成像传感器报告了问题——工作人员可在控制台查看',
      'sensor-detecting': '正在识别热成像传感器…',
      'blackbody-missing': '参考黑体不在视野内',
      'blackbody-moved': '参考黑体已移动',
      'blackbody-unstable': '参考黑体读数不稳定',
      'blackbody-out-of-tolerance': '参考黑体读数超出容差',
      'records-unavailable': '计数存储不可用',
      'estimator-restarting': '正在重启体温估算程序…',
      'warming-up': '传感器预热中',
      'room-too-cold': '室温过低，无法可靠测温（18–24 °C）',
      'room-too-warm': '室温过高，无法可靠测温（18–24 °C）',
      'link-connecting': '正在连接筛查终端…',
      'link-lost': '与筛查终端的连接已断开，正在重新连接…',
      'no-token': '必须通过筛查终端显示的网址打开此页面（网址中含有访问令牌）',
    },
  },
  console: consoleZh,
  thermal: thermalZh,
  site: siteZh,
  audit: auditZh,
  secondCheck: secondCheckZh,
  bundle: bundleZh,
  demo: {
    badge: '演示 — 模拟传感器',
    badgeWithPin: '演示 — 模拟传感器 · 工作人员 PIN {{pin}}',
    badgeWithPins: '演示 — 模拟传感器 · 工作人员 PIN {{pin}} · 人事 PIN {{hrPin}}',
  },
  temperature: LTR_TEMPERATURE,
  staff: {
    label: '工作人员信息',
    sensorLabel: '传感器',
    sensorUnknown: '未知',
    sensorState: {
      none: '无',
      connecting: '连接中',
      detecting: '正在识别协议',
      streaming: '数据传输中',
      disconnected: '已断开',
    },
    sensorFault: {
      device: '传感器报告问题',
      stalled: '停滞',
      frozen: '冻结',
      garbage: '数据无法读取',
    },
    room: {
      cold: '室温低于 18 °C：恢复到范围内之前暂停给出结果',
      warm: '室温高于 24 °C：恢复到范围内之前暂停给出结果',
    },
    todayLabel: '今日',
    today: {
      unknown: '暂无计数',
      screened: '已筛查 {{n}}',
      pass: '通过 {{n}}',
      refer: '复查 {{n}}',
      retry: '重试 {{n}}',
    },
    linkLabel: '连接',
    link: {
      connecting: '连接中',
      open: '已连接',
      lost: '已断开',
    },
    error: '最近错误',
    physicalModelOnly: '读数仅基于物理模型：请进行现场校准',
  },
};
