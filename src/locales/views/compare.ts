/**
 * Messages under `compare.*`, merged into both locales when the district comparison first loads
 * (it is lazy, and so are its words). zh-CN is the type source, en must match it.
 */
export const zh = {
  title: '区县对比',
  pick: '对比的区县（至少两个）：',
  needTwo: '再选一个区县即可并排对比',
  note: '每列为一个区县，其余筛选条件照常生效；缺链、弱链按各区县自身的企业分布判断',
  close: '关闭对比',
  exportCsv: '导出 CSV',
  exportXlsx: '导出 Excel',
  youngShare: '35 岁及以下占比',
  missingCount: '缺链环节数',
  weakCount: '弱链环节数',
  section: {
    kpis: '核心指标',
    structure: '人才结构',
    education: '人才总量 · 按学历',
    talentType: '人才总量 · 按人才类型',
    chain: '产业链覆盖 · {chain}（企业数）',
  },
  columns: { section: '分组', item: '指标' },
}

export const en: typeof zh = {
  title: 'District comparison',
  pick: 'Districts compared (two or more):',
  needTwo: 'Pick one more district to compare side by side',
  note: "One column per district; every other filter applies. Missing and weak links are judged on each district's own firms",
  close: 'Close comparison',
  exportCsv: 'Export CSV',
  exportXlsx: 'Export Excel',
  youngShare: 'Share aged 35 or under',
  missingCount: 'Missing-link segments',
  weakCount: 'Weak-link segments',
  section: {
    kpis: 'Key figures',
    structure: 'Talent structure',
    education: 'Talent stock by education',
    talentType: 'Talent stock by talent type',
    chain: 'Chain coverage · {chain} (firms)',
  },
  columns: { section: 'Group', item: 'Item' },
}
