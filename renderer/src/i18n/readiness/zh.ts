// 出结果前的准备状态与运行条件记录（中文）。
import type { ReadinessMessages } from './en';

export const readinessZh: ReadinessMessages = {
  countdown: '{{time}} 后开始筛查',
  footer: {
    overdue: '相机校准已过期：请用黑体重新校准',
  },
  status: {
    title: '是否可以筛查？',
    verdicts: '结果',
    ready: '正在给出',
    waiting: '等待中：{{reason}}',
    warmUp: '传感器预热',
    warmUpLeft: '{{time}} 后就绪',
    warmUpDone: '已完成',
    room: '室温',
    roomState: {
      ok: '在范围内',
      cold: '过低：结果暂停',
      warm: '过高：结果暂停',
      unknown: '此传感器不提供',
    },
    reference: '参考黑体',
    referenceStable: '稳定',
    referenceNone: '未设置',
    referenceUnstable: '不稳定：结果暂停',
    calibration: '相机校准',
    calibrationOverdue: '已过期',
    calibrationCurrent: '有效',
    calibrationShipped: '出厂状态（从未现场校准）',
    overdue:
      '相机校准已超过 {{days}} 天（设置“{{setting}}”）：请用黑体重新校准。在此期间筛查照常进行。',
  },
  conditions: {
    title: '运行条件记录',
    intro:
      '用于合规档案，每天一行：设备就绪的分钟数、暂停的分钟数及原因、传感器测得的室温最低值和最高值、参考黑体的稳定性以及校准的天数。只有时长：不含任何个人信息。',
    summary: '该时段记录了 {{days}} 天：就绪 {{ready}} 分钟，暂停 {{paused}} 分钟。',
    empty: '该时段尚无记录：设备每运行一分钟就记录一分钟。',
    rangeFirst: '请先在上方选择有效的时段。',
    download: '下载运行条件记录',
    downloading: '正在准备…',
    downloaded: '已下载 {{filename}}（{{count}} 行）。',
    downloaded_one: '已下载 {{filename}}（{{count}} 行）。',
    downloaded_other: '已下载 {{filename}}（{{count}} 行）。',
  },
};
