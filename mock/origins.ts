/**
 * Where the sample's introduced talent comes from (meta.origins): the universities that send
 * graduates (campus hires) and the cities experienced hires move from, at their real places
 * (approximate, GCJ-02 like the boundaries; a university at its main campus). The weights
 * split the experienced hires the way the earlier regional split did: other Shandong cities
 * first, then Jiangsu, Henan, Beijing–Tianjin, Anhui, the Yangtze delta, the Pearl River delta.
 */
import type { Origin } from '../src/domain/types.ts'

export interface SampleOrigin extends Origin {
  kind: 'university' | 'region'
  /** Share of the experienced hires (regions only; they sum to 1). */
  weight: number
}

const U = (id: string, name: string, nameEn: string, lon: number, lat: number): SampleOrigin => ({
  id,
  name,
  nameEn,
  lon,
  lat,
  kind: 'university',
  weight: 0,
})
const R = (id: string, name: string, nameEn: string, lon: number, lat: number, weight: number): SampleOrigin => ({
  id,
  name,
  nameEn,
  lon,
  lat,
  kind: 'region',
  weight,
})

export const SAMPLE_ORIGINS: readonly SampleOrigin[] = [
  U('u-sdu', '山东大学', 'Shandong University', 117.06, 36.68),
  U('u-uzz', '枣庄学院', 'Zaozhuang University', 117.56, 34.85),
  U('u-upc', '中国石油大学(华东)', 'China University of Petroleum (East China)', 120.17, 35.95),
  U('u-sdust', '山东科技大学', 'Shandong University of Science and Technology', 120.12, 36.0),
  U('u-qlu', '齐鲁工业大学', 'Qilu University of Technology', 116.81, 36.55),
  U('u-qust', '青岛科技大学', 'Qingdao University of Science and Technology', 120.49, 36.12),
  U('u-cumt', '中国矿业大学', 'China University of Mining and Technology', 117.14, 34.22),
  U('u-ujn', '济南大学', 'University of Jinan', 116.97, 36.62),
  U('u-sdut', '山东理工大学', 'Shandong University of Technology', 118.0, 36.81),
  U('u-qfnu', '曲阜师范大学', 'Qufu Normal University', 116.99, 35.59),
  U('u-lyu', '临沂大学', 'Linyi University', 118.3, 35.11),
  U('u-sdjzu', '山东建筑大学', 'Shandong Jianzhu University', 117.18, 36.68),
  R('c-jinan', '济南', 'Jinan', 117.0, 36.65, 0.1),
  R('c-qingdao', '青岛', 'Qingdao', 120.38, 36.07, 0.07),
  R('c-jining', '济宁', 'Jining', 116.59, 35.41, 0.07),
  R('c-linyi', '临沂', 'Linyi', 118.36, 35.1, 0.06),
  R('c-weifang', '潍坊', 'Weifang', 119.16, 36.71, 0.03),
  R('c-taian', '泰安', "Tai'an", 117.09, 36.2, 0.03),
  R('c-xuzhou', '徐州', 'Xuzhou', 117.28, 34.2, 0.09),
  R('c-nanjing', '南京', 'Nanjing', 118.8, 32.06, 0.05),
  R('c-zhengzhou', '郑州', 'Zhengzhou', 113.63, 34.75, 0.12),
  R('c-hefei', '合肥', 'Hefei', 117.23, 31.82, 0.08),
  R('c-beijing', '北京', 'Beijing', 116.4, 39.9, 0.07),
  R('c-tianjin', '天津', 'Tianjin', 117.2, 39.13, 0.03),
  R('c-shanghai', '上海', 'Shanghai', 121.47, 31.23, 0.05),
  R('c-hangzhou', '杭州', 'Hangzhou', 120.16, 30.27, 0.03),
  R('c-shenzhen', '深圳', 'Shenzhen', 114.06, 22.54, 0.04),
  R('c-xian', '西安', "Xi'an", 108.94, 34.34, 0.04),
  R('c-wuhan', '武汉', 'Wuhan', 114.31, 30.59, 0.04),
]

/** The origins as meta lists them (the contract's fields only). */
export function originsForMeta(): Origin[] {
  return SAMPLE_ORIGINS.map(({ id, name, nameEn, lon, lat }) => ({ id, name, nameEn, lon, lat }))
}
