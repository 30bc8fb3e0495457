/** Messages under `screen.*`: zh-CN is the type source, en must match it. */
export const zh = {
  tour: '自动轮播',
  tourOn: '停止轮播',
  tourStarting: '自动轮播即将开始',
  tourView: '正在展示：{view}',
  tourChain: '正在展示：{chain} · {view}',
  tourDistrict: '正在展示：{district} · {view}',
  tourPaused: '（已暂停，无操作一分钟后继续）',
  fullscreen: '全屏',
  exitFullscreen: '退出全屏',
  ticker: '公开数据滚动播报',
  screenMode: '大屏模式',
  deskMode: '桌面模式',
}

export const en: typeof zh = {
  tour: 'Auto tour',
  tourOn: 'Stop tour',
  tourStarting: 'The tour starts shortly',
  tourView: 'Now showing: {view}',
  tourChain: 'Now showing: {chain} · {view}',
  tourDistrict: 'Now showing: {district} · {view}',
  tourPaused: '(paused; resumes after a minute without input)',
  fullscreen: 'Full screen',
  exitFullscreen: 'Exit full screen',
  ticker: 'Published figures',
  screenMode: 'Big screen',
  deskMode: 'Desk layout',
}
