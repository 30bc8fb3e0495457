/**
 * English names of the regions introduced talent comes from (`talent.sources[].source` of type
 * `region`), keyed by the data's own Chinese name. Universities are organisations and are not here:
 * their names are data and stay as given.
 */
export const REGION_NAMES_EN: Readonly<Record<string, string>> = {
  省内其他地市: 'Other cities in Shandong',
  江苏: 'Jiangsu',
  河南: 'Henan',
  安徽: 'Anhui',
  京津冀: 'Beijing–Tianjin–Hebei',
  '长三角(沪浙)': 'Yangtze River Delta (Shanghai, Zhejiang)',
  珠三角: 'Pearl River Delta',
  其他省份: 'Other provinces',
}
