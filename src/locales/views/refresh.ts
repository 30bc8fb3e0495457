/** Messages under `refresh.*` (live refresh, issue 19): zh-CN is the type source, en must match it. */
export const zh = {
  checked: '检查于 {time}',
  updated: '数据已更新',
  failed: '更新失败，显示 {time} 的数据',
  failedDataset: '更新失败（{name}数据不可用），显示 {time} 的数据',
}

export const en: typeof zh = {
  checked: 'checked {time}',
  updated: 'Data updated',
  failed: 'Update failed, showing the data of {time}',
  failedDataset: 'Update failed ({name} data unusable), showing the data of {time}',
}
