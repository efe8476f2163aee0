// 复检结果与转介率提醒（简体中文）。
import type { SecondCheckMessages } from './en';

export const secondCheckZh: SecondCheckMessages = {
  title: '复检',
  waiting: '{{count}} 个转介等待复检',
  waiting_one: '{{count}} 个转介等待复检',
  waiting_other: '{{count}} 个转介等待复检',
  ask: '用医用体温计测量后，请点选结果：',
  outcome: {
    confirmed: '已确认（医用体温计 ≥ {{threshold}}）',
    'not-confirmed': '未确认',
    declined: '拒绝 / 未复检',
  },
  saving: '正在保存…',
  recorded: '已记录。',
  private: '只保存每小时各结果的数量：不保存姓名、具体时间或体温。',
  rate: {
    title: {
      'too-many': '转介人数多于校准的预期',
      'too-few': '转介人数少于校准的预期',
    },
    causes: {
      'too-many': '通常是冷风、阳光照射传感器或人员，或校准过旧：请检查入口，必要时重新校准。',
      'too-few': '通常是视线被遮挡：请确认传感器与人脸之间没有遮挡物。',
    },
    figures:
      '最近 {{days}} 天：{{screened}} 人中转介 {{referred}} 人（{{observed}}%）；校准预期为 {{expected}}%（{{low}}% 至 {{high}}% 之间不提醒）。',
  },
  export: {
    title: '复检',
    share:
      '已确认：{{checked}} 个已复检的转介中有 {{confirmed}} 个（{{share}}%，95% 区间 {{low}}–{{high}}%）',
    noneChecked: '已确认：此期间尚无已复检的转介。',
    declined: '拒绝或未复检：{{n}}',
    referred: '此期间的转介：{{n}}',
    confirmed: '已确认',
    notConfirmed: '未确认',
    declinedShort: '拒绝',
  },
};
