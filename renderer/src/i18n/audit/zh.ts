// 设备近期事件（审计记录），简体中文。
import type { AuditMessages } from './en';

export const auditZh: AuditMessages = {
  title: '近期事件',
  empty: '暂无事件',
  time: '时间',
  event: '事件',
  detail: '详情',
  kind: {
    'kiosk-started': '终端已启动',
    'sensor-connected': '传感器已连接',
    'sensor-lost': '传感器连接中断',
    'calibration-accepted': '校准已接受',
    'settings-changed': '设置已更改',
    'screening-paused': '筛查已暂停',
    'screening-resumed': '筛查已恢复',
    'database-set-aside': '已损坏的数据库已移至一旁',
    'pin-failed': 'PIN 错误',
    'pin-locked-out': 'PIN 已锁定',
    'console-unlocked': '控制台已解锁',
    'counts-exported': '计数已导出',
    'kiosk-exited': '已退出终端模式',
  },
};
