// 供人力资源多站点汇总的签名计数包，简体中文。
import type { BundleMessages } from './en';

export const bundleZh: BundleMessages = {
  title: '供人力资源汇总的签名数据包',
  intro:
    '本机在上方日期范围内的每小时计数文件，由本机签名，供人力资源与其他终端的数据合并进行多站点汇总。只有计数：不含任何个人信息。',
  fingerprint: '本机密钥指纹',
  register: '人力资源将此指纹加入汇总的密钥列表，即可登记本机。',
  site: '站点',
  kiosk: '终端',
  daily: '每天',
  download: '下载签名数据包',
  downloading: '正在签名数据包…',
  saved: '已保存 {{count}} 天的数据包：{{filename}}',
  saved_one: '已保存 {{count}} 天的数据包：{{filename}}',
  saved_other: '已保存 {{count}} 天的数据包：{{filename}}',
  tooLong: '未下载任何内容：一个数据包最多包含 {{max}} 天，请缩短日期范围。',
  folder: {
    off: '已关闭：未设置文件夹（工作人员可在“设置”中选择）。',
    writes: '每天写入 {{folder}}；上次写入：{{when}}。',
    notYet: '每天写入 {{folder}}；尚未写入任何内容。',
    problem: '每日文件夹（终端消息）：{{problem}}',
  },
  settings: {
    legend: '供人力资源汇总的签名数据包',
    siteName: '站点名称',
    siteNameHint: '人力资源在汇总中将本机归入的站点，例如：总部（最多 {{max}} 个字符）。',
    bundleFolder: '每日数据包文件夹',
    bundleFolderHint:
      '本机每天将本月（及上月）的签名数据包写入此文件夹，例如 U 盘或操作系统已挂载的共享文件夹。本机自身不建立任何网络连接。留空表示从不写入。',
    errors: {
      site: {
        empty: '请输入名称，例如：总部',
        long: '最多 {{max}} 个字符',
        formula: '不能以 = + - 或 @ 开头',
        control: '不能包含控制字符',
      },
      folder: {
        relative: '请输入完整路径，例如 /media/usb/bundles 或 E:\\bundles；留空表示从不写入',
        long: '最多 {{max}} 个字符',
        control: '不能包含控制字符',
      },
    },
  },
};
